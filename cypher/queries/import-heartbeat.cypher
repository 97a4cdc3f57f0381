// Staged import: each batch says the import is alive; no row means it was undone meanwhile.
MATCH (i:Import {id: $id, status: 'running'})
SET i.heartbeat = timestamp()
RETURN i.id AS id
