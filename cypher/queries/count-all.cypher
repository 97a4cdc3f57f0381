// Number of nodes in the database (answered from Neo4j's count store).
MATCH (n)
RETURN count(n) AS count
