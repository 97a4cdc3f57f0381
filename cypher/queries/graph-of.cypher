// Given nodes (by internal element id) and the links among them of the given types that count in
// the period, with their weight there (w; cypher/period/link-weight.cypher): one row per
// node (x) and one per link (r). Rows rather than two collected lists: a result of thousands of
// links in one record is one message of megabytes, which the JavaScript driver decodes several
// times slower than the same data as many small records.
MATCH (n)
WHERE elementId(n) IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS x
  RETURN x, null AS r, null AS w
  UNION ALL
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND type(r) IN $types
  WITH r, {{PERIOD:link-weight(a, r, b)}} AS w
  WHERE w > 0
  RETURN null AS x, r, w
}
RETURN x, r, w
