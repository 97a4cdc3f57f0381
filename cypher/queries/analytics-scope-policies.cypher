// Whole-graph analytics: each policy whose scope (scope-actors-policy.cypher, all years) holds more
// than $over actors, with its actors as Neo4j's internal node ids (those of the network the job read:
// it counts the scope's helix figures and orders its drawn cut there). The triple helix of such a
// policy then neither lists nor counts its actors while the data has not changed since the run (its
// stale marker says when it did): on the generated 100k graph, 52k actors of a programme per call.
MATCH (scope:Policy)
CALL (scope) {
  CALL (scope) {
{{SCOPE:policy}}
  }
  RETURN collect(DISTINCT id(a)) AS nodes
}
WITH scope, nodes
WHERE size(nodes) > $over
RETURN scope.id AS key, nodes
