// Statistics import: regions already in the graph by code (countries by ISO code, NUTS regions by
// NUTS id) and sectors by NACE code, so that imported observations link to them.
CALL () {
  MATCH (r:Region) WHERE r.code IS NOT NULL
  RETURN 'region' AS kind, r.code AS code, r.id AS id
  UNION ALL
  MATCH (s:Sector) WHERE s.nace IS NOT NULL
  RETURN 'sector' AS kind, s.nace AS code, s.id AS id
}
RETURN kind, code, id
ORDER BY kind, code, id
