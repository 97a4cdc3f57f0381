// Whole-graph analytics: the data changed after the stored run; every app instance on the database sees it.
MATCH (r:AnalyticsRun {id: 'whole-graph'})
SET r.stale = true
