// The members of each sector in $sectors: the actors of its scope (scope "sector") and the
// projects of the period that target it or one of its sub-sectors, with their names and helix.
MATCH (scope:Sector)
WHERE scope.id IN $sectors
CALL (scope) {
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN a AS x
  UNION
  MATCH (x:Project)-[:TARGETS]->(:Sector)-[:PART_OF*0..]->(scope)
  WHERE {{PERIOD:project-active(x)}}
  RETURN x
}
RETURN labels(x)[0] AS type, x.id AS key, x.name AS name, x.helix AS helix, scope.id AS sector
