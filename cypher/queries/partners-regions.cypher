// Partner finder: regions, their parents, the actors in each, and whether the source study names
// them as a benchmark region.
MATCH (r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
OPTIONAL MATCH (a:Actor)-[:LOCATED_IN]->(r)
RETURN 'Region:' + r.id AS id, coalesce(r.name, r.id) AS name, r.level AS level,
       EXISTS { (r)-[m:MENTIONED_IN]->(:Document) WHERE toLower(m.section) CONTAINS 'benchmark' } AS benchmark,
       collect(DISTINCT 'Region:' + parent.id) AS parents, collect(DISTINCT 'Actor:' + a.id) AS actors
