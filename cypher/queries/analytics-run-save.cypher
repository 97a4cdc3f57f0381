// Whole-graph analytics: the summary of the last run (communities, modularity, how betweenness was
// estimated, brokerage totals, timings), the change marker of the data it was computed from, and
// the ties grouped for weighing them in a period (null when the graph has too many to profile), and
// the figures of the large policy, sector and region scopes (JSON: analytics-scope-large.cypher).
MERGE (r:AnalyticsRun {id: 'whole-graph'})
SET r.at = $at, r.summary = $summary, r.marker = $marker, r.stale = $stale, r.periodProfile = $periodProfile, r.scopes = $scopes
