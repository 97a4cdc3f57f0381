// Deletes one saved console query; returns how many were deleted (0 or 1).
MATCH (q:SavedQuery {id: $id})
DELETE q
RETURN count(*) AS deleted
