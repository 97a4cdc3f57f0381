// The region a specialisation is asked for: the Region node with NUTS id $nuts (cypher/place/
// nuts-id.cypher) or with id $node, its name, NUTS id and the NUTS id of its country (the region
// itself, or the NUTS level-0 region it lies in); all null when neither exists.
OPTIONAL MATCH (g:Region)
WHERE ($node IS NOT NULL AND g.id = $node) OR ($nuts IS NOT NULL AND g.nutsLevel IS NOT NULL AND {{PLACE:nuts-id(g)}} = $nuts)
WITH g ORDER BY g.id LIMIT 1
RETURN g.id AS node, g.name AS name, {{PLACE:nuts-id(g)}} AS nuts,
       COLLECT { MATCH (g)-[:PART_OF*0..8]->(c:Region) WHERE c.nutsLevel = 0 RETURN {{PLACE:nuts-id(c)}} LIMIT 1 }[0] AS country
