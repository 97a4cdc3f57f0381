// The map: per NUTS region at $level, its actors (cypher/place/actor-counts.cypher: in the period,
// of the helices $helix, of the sector $sector), their participations in projects running in the
// period and the EU contribution to them, actors per helix, and their collaboration ties in the
// period (weight > 0) with the ties whose partner is of another helix (both helices known).
// An actor counts in every region cypher/place/nuts-of.cypher gives it.
WITH CASE WHEN $sector IS NULL THEN null ELSE COLLECT {
  MATCH (scope:Sector {id: $sector})
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN a
} END AS inSector
MATCH (a:Actor)
WHERE {{PLACE:actor-counts(a, inSector)}}
WITH a, {{PLACE:nuts-of(a)}} AS places
UNWIND places AS nuts
CALL (a) {
  OPTIONAL MATCH (a)-[p:PARTICIPATES_IN]->(:Project)
  WHERE {{PERIOD:record-active(p)}}
  RETURN count(p) AS participations, sum(coalesce(toFloat(p.ecContribution), 0.0)) AS contribution
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
  WITH r, b, CASE WHEN r IS NULL THEN 0 ELSE {{PERIOD:link-weight(a, r, b)}} END AS w
  WHERE w > 0 AND a.helix IS NOT NULL AND b.helix IS NOT NULL
  RETURN count(r) AS ties, count(CASE WHEN a.helix <> b.helix THEN r END) AS crossTies
}
WITH nuts, count(a) AS actors, sum(participations) AS participations, sum(contribution) AS contribution,
     sum(ties) AS ties, sum(crossTies) AS crossTies, collect(a.helix) AS helices
RETURN nuts, actors, participations, contribution, ties, crossTies, helices,
       COLLECT { MATCH (g:Region) WHERE g.nutsLevel = $level AND {{PLACE:nuts-id(g)}} = nuts RETURN g.id ORDER BY g.id LIMIT 1 }[0] AS node
ORDER BY nuts
