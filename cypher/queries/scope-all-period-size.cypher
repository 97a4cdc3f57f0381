// Scope "all" in a period: how many actors it holds (cypher/period/actor-active.cypher), when its
// figures do not count them (its metrics, or counts that gave way).
MATCH (a:Actor)
WHERE {{PERIOD:actor-active(a)}}
RETURN count(a) AS actors
