// Scope "all" drawn cut when its figures need no list of its actors (stored, or weighed from the
// stored period profile): the $limit actors of the period to draw (the caller counted them all),
// in scope-cut.cypher's order — the stored PageRank, then the most collaborating, then the id —
// counting the links only of the actors tied with the last one shown by PageRank, where
// scope-cut.cypher counts them for every actor (seconds on the CORDIS graph).
CALL {
  MATCH (a:Actor)
  WHERE {{PERIOD:actor-active(a)}}
  WITH a ORDER BY coalesce(a.pagerank, -1.0) DESC LIMIT $limit
  RETURN min(coalesce(a.pagerank, -1.0)) AS floor
}
MATCH (a:Actor)
WHERE coalesce(a.pagerank, -1.0) >= floor AND {{PERIOD:actor-active(a)}}
WITH a, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links
ORDER BY coalesce(a.pagerank, -1.0) DESC, links DESC, a.id
LIMIT $limit
RETURN collect(elementId(a)) AS shown
