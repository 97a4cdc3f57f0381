// Scope "sector": the actors active in the sector or in one of its sub-sectors (PART_OF, any depth),
// and the participants and founders of projects that target one of those (as scope "project"
// counts them; participations and foundings of the period).
// A scope definition is the body of a subquery over the node `scope` that returns actors `a`:
// queries take it in with a {{SCOPE}} or {{SCOPE:<kind>}} slot (server/db/queries.ts, scopedQuery),
// which also keeps only the actors of the period (cypher/period/actor-active.cypher); a definition
// says which of its records count in the period ({{PERIOD:…}}, cypher/period/).
MATCH (sub:Sector)-[:PART_OF*0..]->(scope)
MATCH (a:Actor)-[:ACTIVE_IN]->(sub)
RETURN a
UNION
MATCH (sub:Sector)-[:PART_OF*0..]->(scope)
MATCH (a:Actor)-[x:PARTICIPATES_IN|FOUNDED]->(:Project)-[:TARGETS]->(sub)
WHERE {{PERIOD:record-active(x)}}
RETURN a
