// Triple-helix synergy records, one per project: the projects in which the actors $ids take part in
// the period (their participations and foundings of the period; only project $only when it is set),
// each with which of the helices $dims are present among those actors. Intermediaries and civil
// society count only when $dims names them. Answers the presence table: one row per combination.
MATCH (a:Actor)
WHERE elementId(a) IN $ids
MATCH (a)-[x:PARTICIPATES_IN|FOUNDED]->(p:Project)
WHERE ($only IS NULL OR elementId(p) = $only) AND {{PERIOD:record-active(x)}}
WITH p, collect(DISTINCT a.helix) AS helices
WITH [h IN $dims | h IN helices] AS present
RETURN present, count(*) AS n
