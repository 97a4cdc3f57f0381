// Scope "project": its participants and founders.
// (A scope definition: see scope-actors-sector.cypher.)
MATCH (a:Actor)-[:PARTICIPATES_IN|FOUNDED]->(scope)
RETURN DISTINCT a
