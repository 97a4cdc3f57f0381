// Flows between NUTS regions at $level: collaboration ties (weight in the period > 0) between two
// actors that count on the map (cypher/place/actor-counts.cypher), one in each region
// (cypher/place/nuts-of.cypher), summed per region pair: `pairs` the ties, `projects` their
// weights (shared projects). A tie inside one region is no flow. With $region, only its pairs.
// Pairs whose $weight reaches $min, heaviest first, at most $limit, and how many there are in all.
// Speed: only actors placed under a NUTS region of $level or below are looked at (found from the
// regions, as in regions-map.cypher: most CORDIS actors have no NUTS code, and their ties are
// never walked); the regions of an actor are looked up once per actor, not once per tie; the ties are
// summed per (partner, regions of the actor) before the partner's regions are looked up, so the
// 470,000 ties of the CORDIS graph become a few thousand rows before they are cut by region.
// With $region only its actors' ties are walked (both ways; a tie between two of its actors once).
WITH CASE WHEN $sector IS NULL THEN null ELSE COLLECT {
  MATCH (scope:Sector {id: $sector})
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN a
} END AS inSector
MATCH (n:Region) WHERE n.nutsLevel >= $level
MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(n)
WITH DISTINCT a, inSector
WHERE {{PLACE:actor-counts(a, inSector)}}
WITH a, inSector, {{PLACE:nuts-of(a)}} AS fromA
WHERE size(fromA) > 0 AND ($region IS NULL OR $region IN fromA)
MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
WHERE $region IS NOT NULL OR startNode(r) = a
WITH a, b, inSector, fromA, startNode(r) = a AS forward, {{PERIOD:link-weight(a, r, b)}} AS w
WHERE w > 0
WITH b, inSector, fromA, forward, count(*) AS pairs, sum(w) AS projects
WITH b, inSector, collect({fromA: fromA, forward: forward, pairs: pairs, projects: projects}) AS ties
WHERE {{PLACE:actor-counts(b, inSector)}}
WITH ties, {{PLACE:nuts-of(b)}} AS fromB
WHERE size(fromB) > 0
UNWIND ties AS t
WITH t, fromB WHERE $region IS NULL OR t.forward OR NOT $region IN fromB
UNWIND t.fromA AS x
UNWIND fromB AS y
WITH x, y, t WHERE x <> y
WITH CASE WHEN x < y THEN x ELSE y END AS ra, CASE WHEN x < y THEN y ELSE x END AS rb, t
WHERE $region IS NULL OR $region IN [ra, rb]
WITH ra, rb, sum(t.pairs) AS pairs, sum(t.projects) AS projects
WITH ra, rb, pairs, projects, CASE $weight WHEN 'pairs' THEN pairs ELSE projects END AS weight
WHERE weight >= $min
ORDER BY weight DESC, ra, rb
WITH collect({a: ra, b: rb, pairs: pairs, projects: projects, weight: weight}) AS flows
RETURN size(flows) AS total, flows[..$limit] AS flows
