// Partner finder: direct actor–actor links (collaboration, membership, founding).
// A COLLABORATES_WITH of kind 'project' between two participants of a shared project restates that
// co-participation (the CORDIS importer writes one per pair): the projects already count it.
MATCH (a:Actor)-[r:COLLABORATES_WITH|MEMBER_OF|FOUNDED]->(b:Actor)
WHERE NOT (r.kind = 'project' AND EXISTS { (a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b) })
RETURN 'Actor:' + a.id AS a, 'Actor:' + b.id AS b, type(r) AS type, r.weight AS weight, coalesce(r.since, r.year) AS year
