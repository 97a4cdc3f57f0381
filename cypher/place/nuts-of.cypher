// args: a
// The NUTS regions at level $level (0–3) that actor a counts in: for each place it is LOCATED_IN,
// the NUTS regions among that place and the regions it lies in (PART_OF, any depth) at level $level
// or below it, cut to $level by their id (a NUTS id begins with the ids of the regions holding
// it: BE211 lies in BE21, BE2, BE). So an actor in a seeded city counts in the city's
// arrondissement, and one in an older NUTS code in the NUTS 2021 region above it. A list: empty
// for an actor placed nowhere in NUTS, more than one id for one located in several regions.
COLLECT {
  MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(n:Region)
  WHERE n.nutsLevel >= $level
  RETURN DISTINCT left({{PLACE:nuts-id(n)}}, 2 + $level)
}
