// A researcher's saved console query.
CREATE (q:SavedQuery {id: $id, title: $title, description: $description, query: $query, params: $params, createdAt: datetime()})
RETURN q.id AS id, q.title AS title, q.description AS description, q.query AS query, q.params AS params, toString(q.createdAt) AS createdAt
