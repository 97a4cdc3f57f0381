// Staged import, undo: mentions it added to nodes of one label that existed before go (one
// listing per batch and transaction).
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'mentioned-nodes' AND u.__undoLabel = $label
CALL (u) {
  CALL (u) {
    UNWIND u.__undoKeys AS key
    MATCH (:{{LABEL}} {id: key})-[r:MENTIONED_IN]->(:Document)
    WHERE r._import = $id
    DELETE r
  }
  DELETE u
} IN TRANSACTIONS OF 1 ROWS
