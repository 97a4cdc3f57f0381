// Number of nodes of one label (answered from Neo4j's count store).
MATCH (n:{{LABEL}})
RETURN count(n) AS count
