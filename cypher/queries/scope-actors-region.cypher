// Triple-helix scope of a region: actors located in it or in a region inside it.
MATCH (g) WHERE elementId(g) = $eid
MATCH (sub:Region)-[:PART_OF*0..8]->(g)
MATCH (a:Actor)-[:LOCATED_IN]->(sub)
WITH DISTINCT a ORDER BY COUNT { (a)-[:COLLABORATES_WITH]-() } DESC, a.id
WITH collect(elementId(a)) AS ids
RETURN size(ids) AS total, ids[..$limit] AS ids
