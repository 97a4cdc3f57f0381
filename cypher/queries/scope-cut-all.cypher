// Scope "all" drawn cut when its figures need no list of its actors (stored, or weighed from the
// stored period profile): the $limit actors of the period to draw (the caller counted them all),
// in scope-cut.cypher's order — the stored PageRank, then the most collaborating, then the id.
// The actors are walked in PageRank order (the actor_pagerank index) until $limit of the period are
// found, so whether an actor belongs to the period is asked of those only, not of every actor
// (seconds on the generated 100k graph); links are counted only for the actors tied with the last
// one by PageRank. Fewer than $limit with a PageRank: every actor of the period, as scope-cut.cypher.
CALL {
  MATCH (a:Actor)
  WHERE a.pagerank IS NOT NULL AND {{PERIOD:actor-active(a)}}
  WITH a ORDER BY a.pagerank DESC LIMIT $limit
  RETURN CASE WHEN count(a) < $limit THEN null ELSE min(a.pagerank) END AS floor
}
CALL (floor) {
  MATCH (a:Actor)
  WHERE floor IS NOT NULL AND a.pagerank >= floor AND {{PERIOD:actor-active(a)}}
  RETURN a
  UNION
  MATCH (a:Actor)
  WHERE floor IS NULL AND {{PERIOD:actor-active(a)}}
  RETURN a
}
WITH a, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links
ORDER BY coalesce(a.pagerank, -1.0) DESC, links DESC, a.id
LIMIT $limit
RETURN collect(elementId(a)) AS shown
