// Partner finder: direct actor–actor links (collaboration, membership, founding).
MATCH (a:Actor)-[r:COLLABORATES_WITH|MEMBER_OF|FOUNDED]->(b:Actor)
RETURN 'Actor:' + a.id AS a, 'Actor:' + b.id AS b, type(r) AS type, r.weight AS weight, coalesce(r.since, r.year) AS year
