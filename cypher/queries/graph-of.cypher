// Given nodes (by internal element id) and the links among them of the given types that count in
// the period, with their weight there (w; cypher/period/link-weight.cypher): one row per
// node (x) and one per link (r). Rows rather than two collected lists: a result of thousands of
// links in one record is one message of megabytes, which the JavaScript driver decodes several
// times slower than the same data as many small records.
// The links are found by walking out of every given node and joining their far ends with the
// given nodes on node id (USING JOIN ON b: a hash join). A hub among them has thousands of links
// that lead outside the set; testing each far end against a list of the nodes (`b IN nodes`)
// was most of the query's time on the 100k graph, the walk itself a fraction of it.
// $ids must hold each node once (a repeated id would repeat its links).
MATCH (x)
WHERE elementId(x) IN $ids
RETURN x, null AS r, null AS w
UNION ALL
MATCH (a)-[r]->(b)
USING JOIN ON b
WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND type(r) IN $types
WITH r, {{PERIOD:link-weight(a, r, b)}} AS w
WHERE w > 0
RETURN null AS x, r, w
