// Whole-graph analytics: the element ids of actors given by Neo4j's internal node ids ($nodes: the
// drawn cuts of the large policy scopes, analytics-scope-policies.cypher), which the views read.
UNWIND $nodes AS node
MATCH (a:Actor)
WHERE id(a) = node
RETURN node, elementId(a) AS eid
