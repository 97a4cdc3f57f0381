// Specialisation, measure actors: the region's actors (cypher/place/in-unit.cypher) active in the
// period, per sector they are ACTIVE_IN (an actor in two sectors counts in both).
MATCH (a:Actor)-[:ACTIVE_IN]->(s:Sector)
WHERE {{PLACE:in-unit(a)}} AND {{PERIOD:actor-active(a)}}
RETURN 'Sector:' + s.id AS category, coalesce(s.name, s.id) AS label, toFloat(count(DISTINCT a)) AS value
ORDER BY category
