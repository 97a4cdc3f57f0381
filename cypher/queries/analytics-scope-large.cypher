// Whole-graph analytics: each policy, sector and region whose scope (scope-actors-<kind>.cypher, all
// years) holds more than $over actors, keyed as the API names it ("Sector:sector-ict"), with its
// actors as Neo4j's internal node ids (those of the network the job read: it counts the scope's
// helix figures and orders its drawn cut there). The triple helix and metrics of such a scope then
// neither list nor count its actors while the data has not changed since the run (its stale marker
// says when it did): on the generated 100k graph, 52k actors of a programme or 40k of a sector per call.
MATCH (scope:Policy)
CALL (scope) {
  CALL (scope) {
{{SCOPE:policy}}
  }
  RETURN collect(DISTINCT id(a)) AS nodes
}
WITH scope, nodes
WHERE size(nodes) > $over
RETURN 'Policy:' + scope.id AS key, nodes
UNION ALL
MATCH (scope:Sector)
CALL (scope) {
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN collect(DISTINCT id(a)) AS nodes
}
WITH scope, nodes
WHERE size(nodes) > $over
RETURN 'Sector:' + scope.id AS key, nodes
UNION ALL
MATCH (scope:Region)
CALL (scope) {
  CALL (scope) {
{{SCOPE:region}}
  }
  RETURN collect(DISTINCT id(a)) AS nodes
}
WITH scope, nodes
WHERE size(nodes) > $over
RETURN 'Region:' + scope.id AS key, nodes
