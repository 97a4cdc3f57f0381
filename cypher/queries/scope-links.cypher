// Triple-helix and metrics scopes: the actors (by element id) and the collaboration links among
// them that count in the period, with their weight there (w) — the strongest $maxLinks, as the most collaborating actors of a large graph are densely
// linked, and one more when there are more (so the caller knows it cut). One row per node (x)
// and per link (r), as in graph-of.cypher.
MATCH (n)
WHERE elementId(n) IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS x
  RETURN x, null AS r, null AS w
  UNION ALL
  UNWIND nodes AS a
  MATCH (a)-[r:COLLABORATES_WITH]->(b)
  WHERE b IN nodes
  WITH r, {{PERIOD:link-weight(a, r, b)}} AS w
  WHERE w > 0
  WITH r, w ORDER BY w DESC, elementId(r)
  LIMIT $maxLinks + 1
  RETURN null AS x, r, w
}
RETURN x, r, w
