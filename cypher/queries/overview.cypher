// The whole graph for a first look: nodes of the domain labels (no documents or key figures),
// the $limit most connected of them first (degree from the node store, ties by id so a link
// reopens the same screen; projects of the period only), how many there are in all, and the
// links among the kept ones that count in the period with their weight there.
MATCH (n)
WHERE (n:Actor OR n:Sector OR n:Technology OR n:Region OR n:Policy OR n:Project)
  AND (NOT n:Project OR {{PERIOD:project-active(n)}})
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
WITH collect(n) AS ranked, count(n) AS total
WITH ranked[..$limit] AS nodes, total
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  WITH r, {{PERIOD:link-weight(a, r, b)}} AS w
  WHERE w > 0
  RETURN collect(r) AS links, collect(w) AS weights
}
RETURN nodes, links, weights, total
