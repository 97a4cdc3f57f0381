// Triple-helix synergy of a region scope: each region directly inside it (PART_OF) with the actors of
// that sub-region as scope "region" holds them (its own sub-regions included, of the period).
MATCH (child:Region)-[:PART_OF]->(parent:Region)
WHERE elementId(parent) = $eid
CALL (child) {
  WITH child AS scope
  CALL (scope) {
{{SCOPE:region}}
  }
  RETURN collect(DISTINCT elementId(a)) AS ids
}
RETURN child.id AS id, coalesce(child.name, child.id) AS label, ids
ORDER BY id
