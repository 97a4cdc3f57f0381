// Partner finder: regions, their parents, the actors of each (scope "region": in it or in a region
// inside it; within a period the actors of the period), and whether the source study names them as a
// benchmark region.
MATCH (scope:Region)
OPTIONAL MATCH (scope)-[:PART_OF]->(parent:Region)
WITH scope, collect(DISTINCT 'Region:' + parent.id) AS parents
CALL (scope) {
  CALL (scope) {
{{SCOPE:region}}
  }
  RETURN collect('Actor:' + a.id) AS actors
}
RETURN 'Region:' + scope.id AS id, coalesce(scope.name, scope.id) AS name, scope.level AS level,
       EXISTS { (scope)-[m:MENTIONED_IN]->(:Document) WHERE toLower(m.section) CONTAINS 'benchmark' } AS benchmark,
       parents, actors
