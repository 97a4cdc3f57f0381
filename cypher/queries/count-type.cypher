// Number of relationships of one type (answered from Neo4j's count store).
MATCH ()-[r:{{TYPE}}]->()
RETURN 'relationship' AS kind, '{{TYPE}}' AS name, count(r) AS count
