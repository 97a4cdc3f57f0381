// Whole-graph analytics: the last run's summary, if any.
OPTIONAL MATCH (r:AnalyticsRun {id: 'whole-graph'})
RETURN r.at AS at, r.summary AS summary, r.marker AS marker, coalesce(r.stale, false) AS stale
