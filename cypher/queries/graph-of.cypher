// Given nodes (by internal element id) and the links among them of the given types: one row per
// node (x) and one per link (r). Rows rather than two collected lists: a result of thousands of
// links in one record is one message of megabytes, which the JavaScript driver decodes several
// times slower than the same data as many small records.
MATCH (n)
WHERE elementId(n) IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS x
  RETURN x, null AS r
  UNION ALL
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND type(r) IN $types
  RETURN null AS x, r
}
RETURN x, r
