// CORDIS: regions already in the graph by code (countries by ISO code, NUTS regions by NUTS id),
// so they are linked rather than created twice.
MATCH (r:Region)
WHERE r.code IS NOT NULL
RETURN r.code AS code, r.id AS id, r.level AS level
