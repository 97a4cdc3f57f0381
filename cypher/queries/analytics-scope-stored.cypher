// Whole-graph analytics: the last run's figures of the large policy scopes (analytics-scope-policies.cypher, counted by the job;
// JSON of the run's time and the figures by policy id), if any.
OPTIONAL MATCH (r:AnalyticsRun {id: 'whole-graph'})
RETURN r.scopes AS scopes
