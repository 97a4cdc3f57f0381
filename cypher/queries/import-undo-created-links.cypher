// Staged import, undo: the relationships of one type between two labels it created go (one
// listing per batch and transaction; none of them existed before, so the pair names only it).
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id AND u.__undoKind = 'created-links' AND u.__undoType = $type AND u.__undoFromLabel = $from AND u.__undoToLabel = $to
CALL (u) {
  CALL (u) {
    UNWIND range(0, size(u.__undoFroms) - 1) AS i
    MATCH (:{{FROM}} {id: u.__undoFroms[i]})-[r:{{TYPE}}]->(:{{TO}} {id: u.__undoTos[i]})
    DELETE r
  }
  DELETE u
} IN TRANSACTIONS OF 1 ROWS
