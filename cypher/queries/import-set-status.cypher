// Staged import: running → finishing (switch-over) or undoing.
MATCH (i:Import {id: $id})
SET i.status = $status, i.heartbeat = timestamp()
