// Every sector with its parent sector (PART_OF), if any.
MATCH (s:Sector)
OPTIONAL MATCH (s)-[:PART_OF]->(p:Sector)
WITH s, min(p.id) AS parent
RETURN s, parent
ORDER BY s.id
