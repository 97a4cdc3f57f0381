// Whole-graph analytics: each policy whose scope (scope-actors-policy.cypher, all years) holds more
// than $over actors, with its actors in scope-cut.cypher's order — the PageRank the job has just
// written, then the most collaborating, then the id — as Neo4j's internal node ids (the job counts
// the scope's helix figures over the network it read, by these ids) and the first $draw as element
// ids (the drawn cut). The triple helix of such a policy then neither lists nor counts its actors
// while the data has not changed since the run (its stale marker says when it did).
MATCH (scope:Policy)
CALL (scope) {
  CALL (scope) {
{{SCOPE:policy}}
  }
  WITH DISTINCT a
  WITH a, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links
  ORDER BY coalesce(a.pagerank, -1.0) DESC, links DESC, a.id
  RETURN collect(a) AS actors
}
WITH scope, actors
WHERE size(actors) > $over
RETURN scope.id AS key, size(actors) AS total, [a IN actors[..$draw] | elementId(a)] AS shown, [a IN actors | id(a)] AS nodes
