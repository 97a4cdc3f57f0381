// Partner finder: policies and the sectors and technologies they prioritise.
MATCH (p:Policy)-[:PRIORITISES]->(t)
WHERE t:Sector OR t:Technology
RETURN 'Policy:' + p.id AS id, coalesce(p.name, p.id) AS name, collect(DISTINCT labels(t)[0] + ':' + t.id) AS prioritises
