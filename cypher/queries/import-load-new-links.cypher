// Import through a file (the project's own Neo4j, load-csv.ts): relationships of one type
// between two labels of which one end was created by this import, so none of them can exist yet
// (validation refuses a pair twice): created outright, with no look-up and no undo record — the
// undo of the created end (DETACH DELETE) removes them.
// {{PROPS}} is the typed property map of the file's columns, built from the row schema.
LOAD CSV WITH HEADERS FROM $url AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
CREATE (a)-[r:{{TYPE}}]->(b)
SET r = {{PROPS}}
RETURN count(*) AS written, count(*) AS created, [] AS existing
