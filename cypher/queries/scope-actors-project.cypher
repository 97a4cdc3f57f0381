// Scope "project": its participants and founders (participations and foundings of the period).
// (A scope definition: see scope-actors-sector.cypher.)
MATCH (a:Actor)-[x:PARTICIPATES_IN|FOUNDED]->(scope)
WHERE {{PERIOD:record-active(x)}}
RETURN DISTINCT a
