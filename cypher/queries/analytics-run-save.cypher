// Whole-graph analytics: the summary of the last run (communities, modularity, how betweenness was
// estimated, brokerage totals, timings), and the change marker of the data it was computed from.
MERGE (r:AnalyticsRun {id: 'whole-graph'})
SET r.at = $at, r.summary = $summary, r.marker = $marker, r.stale = $stale
