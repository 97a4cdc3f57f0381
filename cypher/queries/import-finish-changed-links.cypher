// Staged import, switch-over: the relationships of one type between two labels it changed lose
// their `_undo` mark, in batches.
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'link' AND u.__undoType = $type AND u.__undoFromLabel = $from AND u.__undoToLabel = $to
CALL (u) {
  MATCH (:{{FROM}} {id: u.__undoFrom})-[r:{{TYPE}}]->(:{{TO}} {id: u.__undoTo})
  REMOVE r._undo
} IN TRANSACTIONS OF 10000 ROWS
