// CORDIS entity resolution: the actors already in the graph that did not come from CORDIS.
MATCH (a:Actor)
WHERE NOT a.id STARTS WITH 'cordis-'
RETURN a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases, a.country AS country
