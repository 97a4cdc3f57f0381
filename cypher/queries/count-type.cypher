// Number of relationships of one type (answered from Neo4j's count store).
MATCH ()-[r:{{TYPE}}]->()
RETURN count(r) AS count
