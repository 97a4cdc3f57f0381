// Staged import, switch-over: the kept previous values are no longer needed, in batches.
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id
CALL (u) { DELETE u } IN TRANSACTIONS OF 10000 ROWS
