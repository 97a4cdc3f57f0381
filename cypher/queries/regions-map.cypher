// The map: per NUTS region at $level, its actors (cypher/place/actor-counts.cypher: in the period,
// of the helices $helix, of the sector $sector), their participations in projects running in the
// period and the EU contribution to them, actors per helix, and their collaboration ties in the
// period (weight > 0) with the ties whose partner is of another helix (both helices known).
// An actor counts in every region cypher/place/nuts-of.cypher gives it.
// For the map's location quotients, with $measure set (participations, contribution, actors): what
// the region's actors add to each category $by (cypher/measure/categories.cypher), one list per actor.
// With $ties false the ties are not counted (left at 0), the slowest part with a period: for the
// countries' reference of the quotients, and the report's map, which need none.
// Speed: only actors placed under a NUTS region of $level or below are looked at (found from the
// regions, which hold their LOCATED_IN together, instead of walking every actor's ties to find
// its LOCATED_IN; each place once, so that an actor is not met again for every region above it), and ties are counted in a pattern comprehension, with no subquery per actor.
WITH CASE WHEN $sector IS NULL THEN null ELSE COLLECT {
  MATCH (scope:Sector {id: $sector})
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN a
} END AS inSector
MATCH (n:Region) WHERE n.nutsLevel >= $level
MATCH (place:Region)-[:PART_OF*0..8]->(n)
WITH DISTINCT place, inSector
MATCH (a:Actor)-[:LOCATED_IN]->(place)
WITH DISTINCT a, inSector
WHERE {{PLACE:actor-counts(a, inSector)}}
WITH a, {{PLACE:nuts-of(a)}} AS places
UNWIND places AS nuts
CALL (a) {
  OPTIONAL MATCH (a)-[p:PARTICIPATES_IN]->(:Project)
  WHERE {{PERIOD:record-active(p)}}
  RETURN count(p) AS participations, sum(coalesce(toFloat(p.ecContribution), 0.0)) AS contribution
}
WITH nuts, a, participations, contribution,
     CASE WHEN $measure IS NULL THEN [] ELSE {{MEASURE:categories(a)}} END AS categories,
     CASE WHEN a.helix IS NULL OR NOT $ties THEN [] ELSE [(a)-[r:COLLABORATES_WITH]-(b:Actor) WHERE b.helix IS NOT NULL AND {{PERIOD:link-weight(a, r, b)}} > 0 | b.helix] END AS partners
WITH nuts, a, participations, contribution, categories, size(partners) AS ties, size([h IN partners WHERE h <> a.helix]) AS crossTies
WITH nuts, count(a) AS actors, sum(participations) AS participations, sum(contribution) AS contribution,
     sum(ties) AS ties, sum(crossTies) AS crossTies, collect(a.helix) AS helices, collect(categories) AS categories
RETURN nuts, actors, participations, contribution, ties, crossTies, helices, categories,
       COLLECT { MATCH (g:Region) WHERE g.nutsLevel = $level AND {{PLACE:nuts-id(g)}} = nuts RETURN g.id ORDER BY g.id LIMIT 1 }[0] AS node
ORDER BY nuts
