// Staged import, switch-over: the nodes it created or changed lose their tags, in batches.
MATCH (n)
WHERE n._import = $id OR n._undo = $id
CALL (n) { REMOVE n._import, n._undo } IN TRANSACTIONS OF 10000 ROWS
