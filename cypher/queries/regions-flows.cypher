// Flows between NUTS regions at $level: collaboration ties (weight in the period > 0) between two
// actors that count on the map (cypher/place/actor-counts.cypher), one in each region
// (cypher/place/nuts-of.cypher), summed per region pair: `pairs` the ties, `projects` their
// weights (shared projects). A tie inside one region is no flow. With $region, only its pairs. Pairs whose $weight reaches $min,
// heaviest first, at most $limit, and how many there are in all.
WITH CASE WHEN $sector IS NULL THEN null ELSE COLLECT {
  MATCH (scope:Sector {id: $sector})
  CALL (scope) {
{{SCOPE:sector}}
  }
  RETURN a
} END AS inSector
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
WHERE {{PLACE:actor-counts(a, inSector)}} AND {{PLACE:actor-counts(b, inSector)}}
WITH a, b, {{PERIOD:link-weight(a, r, b)}} AS w
WHERE w > 0
WITH w, {{PLACE:nuts-of(a)}} AS fromA, {{PLACE:nuts-of(b)}} AS fromB
UNWIND fromA AS x
UNWIND fromB AS y
WITH x, y, w WHERE x <> y
WITH CASE WHEN x < y THEN x ELSE y END AS ra, CASE WHEN x < y THEN y ELSE x END AS rb, w
WHERE $region IS NULL OR $region IN [ra, rb]
WITH ra, rb, count(*) AS pairs, sum(w) AS projects
WITH ra, rb, pairs, projects, CASE $weight WHEN 'pairs' THEN pairs ELSE projects END AS weight
WHERE weight >= $min
ORDER BY weight DESC, ra, rb
WITH collect({a: ra, b: rb, pairs: pairs, projects: projects, weight: weight}) AS flows
RETURN size(flows) AS total, flows[..$limit] AS flows
