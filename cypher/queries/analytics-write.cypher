// Whole-graph analytics: one batch of actors' metrics written back as their properties, with the
// time of the run (as Neo4j GDS's write mode does, which Community does not have).
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a += row.metrics, a.metricsAt = $at
RETURN count(a) AS written
