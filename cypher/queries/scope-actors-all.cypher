// Triple-helix scope "all": every actor, the most collaborating first (a cut keeps them).
MATCH (a:Actor)
WITH a ORDER BY COUNT { (a)-[:COLLABORATES_WITH]-() } DESC, a.id
WITH collect(elementId(a)) AS ids
RETURN size(ids) AS total, ids[..$limit] AS ids
