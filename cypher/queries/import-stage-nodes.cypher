// Import: create or update nodes of one label by id, and say which were created, updated or
// left unchanged (one query per batch: the classification is the read MERGE needs anyway).
// Rows are {id, props, mentions?: [{doc, section, quote}]}; mentions become MENTIONED_IN links
// (created outright for a new node, merged for an existing one). In a staged import ($import
// set) the batch keeps what it did on :ImportUndo nodes, so the import can be undone exactly:
// one listing the ids it created, one per node it changes with its previous properties (the
// node is marked `_undo`), one listing the existing nodes whose new mentions are tagged `_import`.
// $import null: plain writes, as in the one-transaction import and the seeds.
UNWIND $rows AS row
OPTIONAL MATCH (old:{{LABEL}} {id: row.id})
WITH row, old, CASE
  WHEN old IS NULL THEN 0
  WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]) THEN 2
  ELSE 1
END AS state
CALL (row, old, state) {
  WITH * WHERE state = 1 AND $import IS NOT NULL AND old._undo IS NULL
  CREATE (u:ImportUndo)
  SET u = properties(old), u.__undoImport = $import, u.__undoKind = 'node', u.__undoLabel = $label, u.__undoKey = row.id
  SET old._undo = $import
}
MERGE (n:{{LABEL}} {id: row.id})
SET n += CASE state WHEN 2 THEN {} ELSE row.props END
WITH n, row, state
CALL (n, row, state) {
  UNWIND coalesce(row.mentions, []) AS m
  MATCH (d:Document {id: m.doc})
  CALL (n, d, m, state) {
    WITH * WHERE state = 0
    CREATE (n)-[:MENTIONED_IN {section: m.section, quote: m.quote}]->(d)
  }
  CALL (n, d, m, state) {
    WITH * WHERE state <> 0
    MERGE (n)-[r:MENTIONED_IN {section: m.section, quote: m.quote}]->(d)
    ON CREATE SET r._import = $import
  }
  RETURN count(*) AS mentioned
}
WITH count(*) AS written, collect(CASE state WHEN 0 THEN row.id END) AS created, count(CASE state WHEN 1 THEN 1 END) AS updated,
     sum(mentioned) AS mentioned, collect(CASE WHEN state <> 0 AND mentioned > 0 THEN row.id END) AS mentionedExisting
FOREACH (_ IN CASE WHEN $import IS NOT NULL AND size(created) > 0 THEN [1] ELSE [] END |
  CREATE (:ImportUndo {__undoImport: $import, __undoKind: 'created-nodes', __undoLabel: $label, __undoKeys: created}))
FOREACH (_ IN CASE WHEN $import IS NOT NULL AND size(mentionedExisting) > 0 THEN [1] ELSE [] END |
  CREATE (:ImportUndo {__undoImport: $import, __undoKind: 'mentioned-nodes', __undoLabel: $label, __undoKeys: mentionedExisting}))
RETURN written, size(created) AS created, updated, mentioned
