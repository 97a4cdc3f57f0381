// Whole-graph analytics: the change marker of the data (node and link counts, from Neo4j's count
// store), leaving out the job's own (:AnalyticsRun) node. When it differs from the stored run's,
// writers elsewhere changed the graph and the stored metrics are stale.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH (r:AnalyticsRun) RETURN count(r) AS runs }
CALL { MATCH ()-[r]->() RETURN count(r) AS links }
RETURN nodes - runs AS nodes, links
