// The whole graph for a first look: nodes of the domain labels (no documents or key figures),
// up to $limit of them (projects of the period), and the links among them that count in the
// period with their weight there.
MATCH (n)
WHERE (n:Actor OR n:Sector OR n:Technology OR n:Region OR n:Policy OR n:Project)
  AND (NOT n:Project OR {{PERIOD:project-active(n)}})
WITH n ORDER BY n.id LIMIT $limit
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  WITH r, {{PERIOD:link-weight(a, r, b)}} AS w
  WHERE w > 0
  RETURN collect(r) AS links, collect(w) AS weights
}
RETURN nodes, links, weights
