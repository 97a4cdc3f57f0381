// Partner finder: related topics (hierarchy, related variety, enabling technologies).
MATCH (x)-[:RELATED_TO|PART_OF|ENABLED_BY]->(y)
WHERE (x:Sector OR x:Technology) AND (y:Sector OR y:Technology)
RETURN labels(x)[0] + ':' + x.id AS a, labels(y)[0] + ':' + y.id AS b
