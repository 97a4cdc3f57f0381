// Partner finder: a cheap change marker (both counts come from Neo4j's count store). When it
// differs from the one the loaded graph was read with, the graph is read again.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS links }
RETURN nodes, links
