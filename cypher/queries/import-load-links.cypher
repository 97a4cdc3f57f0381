// Import through a file (the project's own Neo4j, load-csv.ts): the rows of one batch, written by
// the importer into Neo4j's import folder ($url), create the relationships of one type between
// two labels that do not exist yet, and in a staged import ($import set) list them on an
// :ImportUndo node, as import-stage-links does. A row whose relationship exists is left alone and
// its position in the batch answered (`existing`): the importer sends those rows through
// import-stage-links, the one place that compares, updates and keeps previous values.
// {{PROPS}} is the typed property map of the file's columns, built from the row schema.
LOAD CSV WITH HEADERS FROM $url AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
OPTIONAL MATCH (a)-[old:{{TYPE}}]->(b)
WITH row, a, b, old IS NULL AS new
CALL (row, a, b, new) {
  WITH * WHERE new
  CREATE (a)-[r:{{TYPE}}]->(b)
  SET r = {{PROPS}}
}
WITH count(*) AS written, collect(CASE WHEN new THEN row.from END) AS froms, collect(CASE WHEN new THEN row.to END) AS tos,
     collect(CASE WHEN NOT new THEN toInteger(row._row) END) AS existing
FOREACH (_ IN CASE WHEN $import IS NOT NULL AND size(froms) > 0 THEN [1] ELSE [] END |
  CREATE (:ImportUndo {__undoImport: $import, __undoKind: 'created-links', __undoType: $type, __undoFromLabel: $from, __undoToLabel: $to, __undoFroms: froms, __undoTos: tos}))
RETURN written, size(froms) AS created, existing
