// Whole-graph analytics: every actor with its helix and its collaboration links, one row per actor
// (the job numbers actors in this order). Neighbours come as Neo4j's internal node ids, the job's
// own read-only numbering within this one transaction: 18,442 rows of number lists decode in a
// second, where 469,150 rows of two id strings each took seven. `links`: its collaboration links
// as scope-cut.cypher counts them (to order the drawn cuts of large policy scopes the same way).
MATCH (a:Actor)
OPTIONAL MATCH (a)-[r:COLLABORATES_WITH]->(b:Actor)
WITH a, collect(id(b)) AS neighbours, collect(CASE WHEN b IS NOT NULL THEN coalesce(r.weight, 1) END) AS weights
RETURN id(a) AS node, a.id AS id, a.helix AS helix, neighbours, weights, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links
