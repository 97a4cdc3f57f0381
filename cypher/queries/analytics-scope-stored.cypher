// Whole-graph analytics: the last run's figures of the large policy, sector and region scopes (analytics-scope-large.cypher, counted by the job;
// JSON of the run's time and the figures by scope id), if any.
OPTIONAL MATCH (r:AnalyticsRun {id: 'whole-graph'})
RETURN r.scopes AS scopes
