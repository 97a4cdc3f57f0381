// Staged import, undo: relationships of one type between two labels get back exactly the
// properties they had, in batches.
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'link' AND u.__undoType = $type AND u.__undoFromLabel = $from AND u.__undoToLabel = $to
CALL (u) {
  OPTIONAL MATCH (:{{FROM}} {id: u.__undoFrom})-[r:{{TYPE}}]->(:{{TO}} {id: u.__undoTo})
  SET r = properties(u)
  REMOVE r.__undoImport, r.__undoKind, r.__undoType, r.__undoFromLabel, r.__undoFrom, r.__undoToLabel, r.__undoTo
  DELETE u
} IN TRANSACTIONS OF 1000 ROWS
