// Triple-helix and metrics scopes: the actors (by element id) and the collaboration links among
// them — the strongest $maxLinks, as the most collaborating actors of a large graph are densely
// linked — and how many there are in all.
MATCH (n)
WHERE elementId(n) IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:COLLABORATES_WITH]->(b)
  WHERE b IN nodes
  WITH r ORDER BY coalesce(r.weight, 1) DESC, elementId(r)
  RETURN collect(r) AS found
}
RETURN nodes, found[..$maxLinks] AS links, size(found) AS allLinks
