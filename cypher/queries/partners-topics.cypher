// Partner finder: sectors with their actors (scope "sector", as every view defines it) and
// technologies with the actors that develop them (a timeless link). Within a period the scope holds
// the actors of the period.
MATCH (scope:Sector)
CALL (scope) {
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN collect(DISTINCT 'Actor:' + a.id) AS actors
}
RETURN 'Sector:' + scope.id AS id, coalesce(scope.name, scope.id) AS name, actors
UNION ALL
MATCH (t:Technology)
OPTIONAL MATCH (a:Actor)-[:DEVELOPS]->(t)
RETURN 'Technology:' + t.id AS id, coalesce(t.name, t.id) AS name, collect('Actor:' + a.id) AS actors
