// Saved console queries, newest first.
MATCH (q:SavedQuery)
RETURN q.id AS id, q.title AS title, q.description AS description, q.query AS query, q.params AS params, toString(q.createdAt) AS createdAt
ORDER BY q.createdAt DESC
LIMIT $limit
