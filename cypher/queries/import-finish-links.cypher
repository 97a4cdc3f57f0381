// Staged import, switch-over: the relationships it created or changed lose their tags, in batches.
MATCH ()-[r]->()
WHERE r._import = $id OR r._undo = $id
CALL (r) { REMOVE r._import, r._undo } IN TRANSACTIONS OF 10000 ROWS
