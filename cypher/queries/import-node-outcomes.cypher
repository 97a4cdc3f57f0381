// Import: before a batch of nodes is merged, whether each will be created, updated or left unchanged.
UNWIND $rows AS row
OPTIONAL MATCH (n:{{LABEL}} {id: row.id})
WITH CASE
  WHEN n IS NULL THEN 'created'
  WHEN all(k IN keys(row.props) WHERE n[k] = row.props[k]) THEN 'unchanged'
  ELSE 'updated'
END AS outcome
RETURN outcome, count(*) AS count
