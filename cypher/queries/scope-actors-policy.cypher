// Triple-helix scope of a policy (with its parts): the actors that issued it, take part in
// projects it funds, or are active in a sector (or sub-sector) it prioritises.
MATCH (p) WHERE elementId(p) = $eid
MATCH (part:Policy)-[:PART_OF*0..6]->(p)
CALL (part) {
  MATCH (a:Actor)-[:ISSUED]->(part) RETURN a
  UNION
  MATCH (a:Actor)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(part) RETURN a
  UNION
  MATCH (part)-[:PRIORITISES]->(:Sector)<-[:PART_OF*0..6]-(:Sector)<-[:ACTIVE_IN]-(a:Actor) RETURN a
}
WITH DISTINCT a ORDER BY COUNT { (a)-[:COLLABORATES_WITH]-() } DESC, a.id
WITH collect(elementId(a)) AS ids
RETURN size(ids) AS total, ids[..$limit] AS ids
