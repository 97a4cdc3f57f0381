// Whole-graph analytics: the element ids of actors given by Neo4j's internal node ids ($nodes: the
// drawn cuts of the large scopes, analytics-scope-large.cypher), which the views read.
UNWIND $nodes AS node
MATCH (a:Actor)
WHERE id(a) = node
RETURN node, elementId(a) AS eid
