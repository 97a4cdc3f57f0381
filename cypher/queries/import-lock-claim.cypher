// Import lock: claims the one import lease of the database in one write. The first SET takes the
// node's write lock before its owner and expiry are read, so of two claims at once the second
// waits for the first to commit and then sees it taken. An expired lease is taken over.
MERGE (l:ImportLock {id: 'import'})
SET l.claimedAt = timestamp()
WITH l, l.owner IS NULL OR l.owner = $owner OR l.expiresAt < timestamp() AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.expiresAt = CASE WHEN free THEN timestamp() + $leaseMs ELSE l.expiresAt END
RETURN free AS claimed, l.owner AS owner, l.expiresAt - timestamp() AS leftMs
