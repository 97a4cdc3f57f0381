// Whole-graph analytics: how many project ties have years but no stored years of their shared
// projects while both their ends take part in projects — ties whose weight in a period only their
// shared projects tell (cypher/period/link-weight.cypher). analytics-period-profile.cypher reads the
// projects of each of them, which is affordable for a few thousand, not for a generated graph where
// every tie is one.
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
WHERE a <> b AND coalesce(r.kind, '') = 'project' AND coalesce(r.since, r.until) IS NOT NULL
  AND {{PERIOD:stored-project-years(r)}} IS NULL
  AND EXISTS { (a)-[:PARTICIPATES_IN]->(:Project) } AND EXISTS { (b)-[:PARTICIPATES_IN]->(:Project) }
RETURN count(r) AS ties
