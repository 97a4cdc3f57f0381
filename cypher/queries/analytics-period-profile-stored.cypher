// Whole-graph analytics: the last run's period profile (analytics-period-profile.cypher's groups as JSON), if any.
OPTIONAL MATCH (r:AnalyticsRun {id: 'whole-graph'})
RETURN r.periodProfile AS profile
