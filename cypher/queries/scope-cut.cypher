// A scope too large to draw whole: its actors (all of them, for the figures counted in the database)
// and the $limit to draw, the most central first by the stored PageRank of the whole-graph analytics
// (then the most collaborating, for actors without it).
OPTIONAL MATCH (scope) WHERE elementId(scope) = $eid
CALL (scope) {
{{SCOPE}}
}
WITH DISTINCT a
WITH a, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links
ORDER BY coalesce(a.pagerank, -1.0) DESC, links DESC, a.id
WITH collect(elementId(a)) AS ids
RETURN size(ids) AS total, ids, ids[..$limit] AS shown
