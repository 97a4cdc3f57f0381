// title: Actors per region, rolled up the region hierarchy
// description: How many actors are located in each region or anywhere inside it (cities within provinces, provinces within regions)?
// title.nl: Actoren per regio, opgeteld langs de regiohiërarchie
// description.nl: Hoeveel actoren zijn gevestigd in elke regio of ergens daarbinnen (steden in provincies, provincies in gewesten)?
MATCH (r:Region)
OPTIONAL MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(r)
WITH r, count(DISTINCT a) AS actors
WHERE actors > 0
RETURN r.name AS region, r.level AS level, actors
ORDER BY actors DESC, region
