// Actors active in a sector and projects that target one, with their names and helix.
MATCH (x)-[:ACTIVE_IN|TARGETS]->(s:Sector)
WHERE x:Actor OR x:Project
RETURN labels(x)[0] AS type, x.id AS key, x.name AS name, x.helix AS helix, s.id AS sector
