// Scope "all" in all years: how many actors and collaboration links the graph has, from Neo4j's
// count store — enough to tell it is too large to read whole without ranking every actor by its
// links (scope-actors.cypher). Each link has two ends.
CALL { MATCH (a:Actor) RETURN count(a) AS actors }
CALL { MATCH ()-[r:COLLABORATES_WITH]->() RETURN count(r) AS links }
RETURN actors, links
