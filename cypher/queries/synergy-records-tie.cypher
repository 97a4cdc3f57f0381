// Triple-helix synergy records on data without projects, one per collaboration tie among the actors
// $ids that counts in the period (cypher/period/link-weight.cypher), each with which of the helices
// $dims its two actors hold. Answers the presence table: one row per combination.
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND a <> b
  AND {{PERIOD:link-weight(a, r, b)}} > 0
WITH [h IN $dims | a.helix = h OR b.helix = h] AS present
RETURN present, count(*) AS n
