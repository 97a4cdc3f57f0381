// Scope "all": every actor.
// (A scope definition: see scope-actors-sector.cypher.)
MATCH (a:Actor)
RETURN a
