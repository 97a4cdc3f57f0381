// Staged import, undo: the nodes it created go (with any relationship still on them), in batches.
MATCH (n)
WHERE n._import = $id
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
