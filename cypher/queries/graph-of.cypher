// Given nodes (by internal element id) and the links among them of the given types.
MATCH (n)
WHERE elementId(n) IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND type(r) IN $types
  RETURN collect(r) AS links
}
RETURN nodes, links
