// Import through a file (the project's own Neo4j, load-csv.ts): the rows of one batch, written by
// the importer into Neo4j's import folder ($url), create the nodes of one label that do not
// exist yet, with their mentions of $section, and in a staged import ($import set) list the
// created ids on an :ImportUndo node, as import-stage-nodes does. A row whose node exists is
// left alone and its position in the batch answered (`existing`): the importer sends those rows
// through import-stage-nodes, the one place that compares, updates and keeps previous values.
// {{PROPS}} is the typed property map of the file's columns, built from the row schema.
LOAD CSV WITH HEADERS FROM $url AS row
OPTIONAL MATCH (old:{{LABEL}} {id: row.id})
WITH row, old IS NULL AS new
CALL (row, new) {
  WITH * WHERE new
  CREATE (n:{{LABEL}} {id: row.id})
  SET n += {{PROPS}}
  WITH n, row
  UNWIND CASE WHEN row._docs IS NULL THEN [] ELSE split(row._docs, $separator) END AS doc
  MATCH (d:Document {id: doc})
  CREATE (n)-[:MENTIONED_IN {section: $section, quote: row._quote}]->(d)
  RETURN count(*) AS mentioned
}
WITH count(*) AS written, collect(CASE WHEN new THEN row.id END) AS created, collect(CASE WHEN NOT new THEN toInteger(row._row) END) AS existing,
     sum(mentioned) AS mentioned
FOREACH (_ IN CASE WHEN $import IS NOT NULL AND size(created) > 0 THEN [1] ELSE [] END |
  CREATE (:ImportUndo {__undoImport: $import, __undoKind: 'created-nodes', __undoLabel: $label, __undoKeys: created}))
RETURN written, size(created) AS created, existing, mentioned
