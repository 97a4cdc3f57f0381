// Staged import: the record of an import being written, so an interrupted one can be found and undone.
CREATE (i:Import {id: $id, status: 'running', host: $host, pid: $pid, startedAt: datetime(), heartbeat: timestamp(), files: $files})
