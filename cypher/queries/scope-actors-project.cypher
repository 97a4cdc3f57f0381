// Triple-helix scope of a project: its participants and founders.
MATCH (p) WHERE elementId(p) = $eid
CALL (p) {
  MATCH (a:Actor)-[:PARTICIPATES_IN]->(p) RETURN a
  UNION
  MATCH (a:Actor)-[:FOUNDED]->(p) RETURN a
}
WITH DISTINCT a ORDER BY COUNT { (a)-[:COLLABORATES_WITH]-() } DESC, a.id
WITH collect(elementId(a)) AS ids
RETURN size(ids) AS total, ids[..$limit] AS ids
