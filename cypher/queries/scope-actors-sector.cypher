// Triple-helix scope of a sector: actors active in it or in one of its sub-sectors, and actors
// in projects that target them.
MATCH (s) WHERE elementId(s) = $eid
MATCH (sub:Sector)-[:PART_OF*0..6]->(s)
CALL (sub) {
  MATCH (a:Actor)-[:ACTIVE_IN]->(sub) RETURN a
  UNION
  MATCH (a:Actor)-[:PARTICIPATES_IN]->(:Project)-[:TARGETS]->(sub) RETURN a
}
WITH DISTINCT a ORDER BY COUNT { (a)-[:COLLABORATES_WITH]-() } DESC, a.id
WITH collect(elementId(a)) AS ids
RETURN size(ids) AS total, ids[..$limit] AS ids
