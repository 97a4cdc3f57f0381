// Number of nodes of one label (answered from Neo4j's count store); server/db/counts.ts joins
// one of these per label and per type with UNION ALL, so health asks Neo4j once.
MATCH (n:{{LABEL}})
RETURN 'node' AS kind, '{{LABEL}}' AS name, count(n) AS count
