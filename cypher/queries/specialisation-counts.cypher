// Specialisation, measures participations, contribution and actors, for one region: its actors are
// every actor when $all; else those counting in NUTS region $nuts at level $level as on the map
// (cypher/place/nuts-of.cypher: located in a place that is, or lies in, a NUTS region at that level
// or below whose id begins with $nuts), found from the regions rather than from every actor; else
// those located in Region node $node or in a place inside it (a region without NUTS id).
// $measure actors: the actors active in the period per sector they are ACTIVE_IN. Otherwise their
// participations in projects running in the period, with the EU contribution, per category $by of
// the project: its programme parts (Policy nodes it is FUNDED_BY that are PART_OF a programme) or
// its topics (the ;-separated codes of `topics`). A record in two categories counts in both.
CALL () {
  MATCH (a:Actor) WHERE $all
  RETURN a
  UNION
  MATCH (n:Region)
  WHERE $nuts IS NOT NULL AND n.nutsLevel >= $level AND left({{PLACE:nuts-id(n)}}, 2 + $level) = $nuts
  MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(n)
  RETURN a
  UNION
  MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(:Region {id: $node})
  RETURN a
}
CALL (a) {
  MATCH (a)-[:ACTIVE_IN]->(s:Sector)
  WHERE $measure = 'actors' AND {{PERIOD:actor-active(a)}}
  RETURN 'Sector:' + s.id AS category, coalesce(s.name, s.id) AS label, 1.0 AS value
  UNION ALL
  MATCH (a)-[p:PARTICIPATES_IN]->(j:Project)
  WHERE $measure IN ['participations', 'contribution'] AND {{PERIOD:record-active(p)}}
  CALL (j) {
    MATCH (j)-[:FUNDED_BY]->(part:Policy)-[:PART_OF]->(:Policy)
    WHERE $by = 'part'
    RETURN DISTINCT 'Policy:' + part.id AS category, coalesce(part.name, part.id) AS label
    UNION
    UNWIND CASE WHEN $by = 'topic' THEN split(coalesce(j.topics, ''), ';') ELSE [] END AS t
    WITH trim(t) AS t
    WHERE t <> ''
    RETURN t AS category, t AS label
  }
  RETURN category, label, CASE $measure WHEN 'contribution' THEN coalesce(toFloat(p.ecContribution), 0.0) ELSE 1.0 END AS value
}
RETURN category, label, sum(value) AS value
ORDER BY category
