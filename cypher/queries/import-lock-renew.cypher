// Import lock: the holder extends its lease; no row means it lost the lease (it expired and was taken over).
MATCH (l:ImportLock {id: 'import', owner: $owner})
SET l.expiresAt = timestamp() + $leaseMs
RETURN l.owner AS owner
