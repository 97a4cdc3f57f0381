// Specialisation, measures participations, contribution and actors, for one region: its actors are
// every actor when $all; else those counting in NUTS region $nuts at level $level as on the map
// (cypher/place/nuts-of.cypher: located in a place that is, or lies in, a NUTS region at that level
// or below whose id begins with $nuts), found from the regions rather than from every actor; else
// those located in Region node $node or in a place inside it (a region without NUTS id).
// What each actor adds to each category: cypher/measure/categories.cypher.
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
UNWIND {{MEASURE:categories(a)}} AS row
RETURN row.category AS category, row.label AS label, sum(row.value) AS value
ORDER BY category
