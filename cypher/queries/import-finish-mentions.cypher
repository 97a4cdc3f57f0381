// Staged import, switch-over: mentions it added to nodes of one label that existed before lose
// their `_import` tag (one listing per batch).
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'mentioned-nodes' AND u.__undoLabel = $label
CALL (u) {
  UNWIND u.__undoKeys AS key
  MATCH (:{{LABEL}} {id: key})-[r:MENTIONED_IN]->(:Document)
  WHERE r._import = $id
  REMOVE r._import
} IN TRANSACTIONS OF 1 ROWS
