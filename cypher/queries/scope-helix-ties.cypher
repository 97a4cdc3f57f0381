// The collaboration ties among the actors of a scope ($ids, element ids) that count in the period,
// counted and weighted (their weight there) by the helices of their ends: the helix matrix of a
// scope too large to read its links, counted where they are.
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND a <> b
WITH a, b, {{PERIOD:link-weight(a, r, b)}} AS w
WHERE w > 0
RETURN a.helix AS g, b.helix AS h, count(*) AS ties, sum(w) AS weight
