// Scope "policy": for the policy and its parts (PART_OF, any depth), the actors that issued it, the
// participants and founders of projects it funds (participations and foundings of the period), and the actors of each sector it prioritises (scope "sector").
// (A scope definition: see scope-actors-sector.cypher.)
MATCH (part:Policy)-[:PART_OF*0..]->(scope)
MATCH (a:Actor)-[:ISSUED]->(part)
RETURN a
UNION
MATCH (part:Policy)-[:PART_OF*0..]->(scope)
MATCH (a:Actor)-[x:PARTICIPATES_IN|FOUNDED]->(:Project)-[:FUNDED_BY]->(part)
WHERE {{PERIOD:record-active(x)}}
RETURN a
UNION
MATCH (part:Policy)-[:PART_OF*0..]->(scope)
MATCH (part)-[:PRIORITISES]->(sector:Sector)
WITH DISTINCT sector
CALL (sector) {
  WITH sector AS scope
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN a
}
RETURN a
