// Staged import, undo: the relationships it created go, in batches.
MATCH ()-[r]->()
WHERE r._import = $id
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
