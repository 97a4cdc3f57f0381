// The actors of a scope ($ids, element ids) per helix, and how many of them are tied to no other
// actor of the scope by a collaboration that counts in the period.
MATCH (a:Actor)
WHERE elementId(a) IN $ids
OPTIONAL CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
  WHERE b <> a AND elementId(b) IN $ids AND {{PERIOD:link-weight(a, r, b)}} > 0
  RETURN true AS tied
  LIMIT 1
}
RETURN a.helix AS helix, count(a) AS actors, count(a) - count(tied) AS isolated
