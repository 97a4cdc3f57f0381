// Staged import, undo: the nodes of one label it created go, with their mentions (one listing
// per batch and transaction).
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'created-nodes' AND u.__undoLabel = $label
CALL (u) {
  CALL (u) {
    UNWIND u.__undoKeys AS key
    MATCH (n:{{LABEL}} {id: key})
    DETACH DELETE n
  }
  DELETE u
} IN TRANSACTIONS OF 1 ROWS
