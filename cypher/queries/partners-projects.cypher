// Partner finder: projects with their participants (and founders), start and topics.
MATCH (p:Project)
OPTIONAL MATCH (a:Actor)-[:PARTICIPATES_IN|FOUNDED]->(p)
WITH p, collect(DISTINCT 'Actor:' + a.id) AS members
OPTIONAL MATCH (p)-[:TARGETS|USES]->(t)
RETURN 'Project:' + p.id AS id, coalesce(p.acronym, p.name, p.id) AS name, toString(p.start) AS start, members,
       collect(DISTINCT labels(t)[0] + ':' + t.id) AS topics
