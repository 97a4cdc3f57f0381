// Partner finder: projects with their participants (and founders), start and topics; within a
// period the projects running in it and the participations and foundings of the period
// (cypher/period/).
MATCH (p:Project)
WHERE {{PERIOD:project-active(p)}}
OPTIONAL MATCH (a:Actor)-[x:PARTICIPATES_IN|FOUNDED]->(p)
WHERE {{PERIOD:record-active(x)}}
WITH p, collect(DISTINCT 'Actor:' + a.id) AS members
OPTIONAL MATCH (p)-[:TARGETS|USES]->(t)
RETURN 'Project:' + p.id AS id, coalesce(p.acronym, p.name, p.id) AS name, toString(p.start) AS start, members,
       collect(DISTINCT labels(t)[0] + ':' + t.id) AS topics
