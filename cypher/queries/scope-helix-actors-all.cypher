// The actors of the whole graph in the period (cypher/period/actor-active.cypher) per helix, and
// how many of them are tied to no other actor of it by a collaboration that counts there:
// scope-helix-actors.cypher for scope "all", without the list of every actor's id to match them
// against. A dated tie that counts in the period has both ends in it; a tie without years only
// when its other end belongs to the period too.
MATCH (a:Actor)
WHERE {{PERIOD:actor-active(a)}}
OPTIONAL CALL (a) {
  MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
  WHERE b <> a AND {{PERIOD:link-weight(a, r, b)}} > 0
    AND (coalesce(r.since, r.until, r.year) IS NOT NULL OR {{PERIOD:actor-active(b)}})
  RETURN true AS tied
  LIMIT 1
}
RETURN a.helix AS helix, count(a) AS actors, count(a) - count(tied) AS isolated
