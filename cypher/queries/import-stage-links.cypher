// Import: create or update one relationship per (from, type, to), and say which were created,
// updated or left unchanged (one query per batch). A new one is created outright (the read
// already showed there is none: no MERGE needed). In a staged import ($import set) the batch
// lists the relationships it created on an :ImportUndo node, and a relationship it changes
// first has its properties copied to an :ImportUndo node (and is marked `_undo`).
UNWIND $rows AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
OPTIONAL MATCH (a)-[old:{{TYPE}}]->(b)
WITH row, a, b, old, CASE
  WHEN old IS NULL THEN 0
  WHEN all(k IN keys(row.props) WHERE old[k] = row.props[k]) THEN 2
  ELSE 1
END AS state
CALL (row, old, state) {
  WITH * WHERE state = 1 AND $import IS NOT NULL AND old._undo IS NULL
  CREATE (u:ImportUndo)
  SET u = properties(old), u.__undoImport = $import, u.__undoKind = 'link', u.__undoType = $type,
      u.__undoFromLabel = $from, u.__undoFrom = row.from, u.__undoToLabel = $to, u.__undoTo = row.to
  SET old._undo = $import
}
CALL (row, a, b, state) {
  WITH * WHERE state = 0
  CREATE (a)-[r:{{TYPE}}]->(b)
  SET r = row.props
}
CALL (row, old, state) {
  WITH * WHERE state = 1
  SET old += row.props
}
WITH count(*) AS written, collect(CASE state WHEN 0 THEN row.from END) AS froms, collect(CASE state WHEN 0 THEN row.to END) AS tos,
     count(CASE state WHEN 1 THEN 1 END) AS updated
FOREACH (_ IN CASE WHEN $import IS NOT NULL AND size(froms) > 0 THEN [1] ELSE [] END |
  CREATE (:ImportUndo {__undoImport: $import, __undoKind: 'created-links', __undoType: $type, __undoFromLabel: $from, __undoToLabel: $to, __undoFroms: froms, __undoTos: tos}))
RETURN written, size(froms) AS created, updated
