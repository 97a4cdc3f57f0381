// Partner finder: sectors and technologies, with the actors working on each.
MATCH (t)
WHERE t:Sector OR t:Technology
OPTIONAL MATCH (a:Actor)-[:ACTIVE_IN|DEVELOPS]->(t)
RETURN labels(t)[0] + ':' + t.id AS id, coalesce(t.name, t.id) AS name, collect('Actor:' + a.id) AS actors
