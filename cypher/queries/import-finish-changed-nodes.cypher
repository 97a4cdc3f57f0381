// Staged import, switch-over: the nodes of one label it changed lose their `_undo` mark, in batches.
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'node' AND u.__undoLabel = $label
CALL (u) {
  MATCH (n:{{LABEL}} {id: u.__undoKey})
  REMOVE n._undo
} IN TRANSACTIONS OF 10000 ROWS
