// Scope "region": the actors located in the region or in a region inside it (PART_OF, any depth).
// (A scope definition: see scope-actors-sector.cypher.)
MATCH (sub:Region)-[:PART_OF*0..]->(scope)
MATCH (a:Actor)-[:LOCATED_IN]->(sub)
RETURN DISTINCT a
