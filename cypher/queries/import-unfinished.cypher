// Staged imports that have not finished, and how long ago each last showed it was alive.
MATCH (i:Import)
RETURN i.id AS id, i.status AS status, i.host AS host, i.pid AS pid, timestamp() - i.heartbeat AS silentMs
ORDER BY i.startedAt
