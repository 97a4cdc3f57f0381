// The whole graph for a first look: nodes of the domain labels (no documents or key figures),
// up to $limit of them, and the links among them.
MATCH (n)
WHERE n:Actor OR n:Sector OR n:Technology OR n:Region OR n:Policy OR n:Project
WITH n ORDER BY n.id LIMIT $limit
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect(r) AS links
}
RETURN nodes, links
