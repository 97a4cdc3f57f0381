// Property names seen on relationships of each type (from Neo4j's schema sampling).
CALL db.schema.relTypeProperties() YIELD relType, propertyName
WITH substring(relType, 2, size(relType) - 3) AS type, propertyName
WHERE propertyName IS NOT NULL
WITH type, propertyName ORDER BY propertyName
RETURN type, collect(DISTINCT propertyName) AS properties
