// Property names seen on nodes of each label (from Neo4j's schema sampling).
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName
UNWIND nodeLabels AS label
WITH label, propertyName
WHERE propertyName IS NOT NULL
WITH label, propertyName ORDER BY propertyName
RETURN label, collect(DISTINCT propertyName) AS properties
