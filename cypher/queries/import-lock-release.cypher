// Import lock: the holder gives the lease back; the lock node goes, so an idle database holds none.
MATCH (l:ImportLock {id: 'import', owner: $owner})
DELETE l
