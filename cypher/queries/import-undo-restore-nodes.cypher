// Staged import, undo: nodes of one label get back exactly the properties they had, in batches.
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'node' AND u.__undoLabel = $label
CALL (u) {
  OPTIONAL MATCH (n:{{LABEL}} {id: u.__undoKey})
  SET n = properties(u)
  REMOVE n.__undoImport, n.__undoKind, n.__undoLabel, n.__undoKey
  DELETE u
} IN TRANSACTIONS OF 1000 ROWS
