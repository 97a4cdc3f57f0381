// Partner finder: direct actor–actor links (collaboration, membership, founding), within a period
// those that count there, with their weight there (cypher/period/link-weight.cypher).
// A COLLABORATES_WITH of kind 'project' restates a co-participation (the CORDIS importer writes one
// per pair) that the finder already counts from PARTICIPATES_IN; it is read only when one side has
// no project in the graph, so it is the only evidence of the tie. The check is a degree lookup: an
// EXISTS over shared projects per link took 37 s on the CORDIS import's 470,000 links.
MATCH (a:Actor)-[r:COLLABORATES_WITH|MEMBER_OF|FOUNDED]->(b:Actor)
WHERE coalesce(r.kind, '') <> 'project' OR NOT EXISTS { (a)-[:PARTICIPATES_IN]->() } OR NOT EXISTS { (b)-[:PARTICIPATES_IN]->() }
WITH a, r, b, CASE WHEN $periodFrom IS NULL THEN r.weight ELSE {{PERIOD:link-weight(a, r, b)}} END AS weight
WHERE $periodFrom IS NULL OR weight > 0
RETURN 'Actor:' + a.id AS a, 'Actor:' + b.id AS b, type(r) AS type, weight, coalesce(r.since, r.year) AS year
