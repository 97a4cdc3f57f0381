// Import: before a batch of links is merged, whether each will be created, updated or left unchanged.
UNWIND $rows AS row
OPTIONAL MATCH (:{{FROM}} {id: row.from})-[r:{{TYPE}}]->(:{{TO}} {id: row.to})
WITH CASE
  WHEN r IS NULL THEN 'created'
  WHEN all(k IN keys(row.props) WHERE r[k] = row.props[k]) THEN 'unchanged'
  ELSE 'updated'
END AS outcome
RETURN outcome, count(*) AS count
