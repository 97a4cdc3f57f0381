// Seeds and imports: create or update nodes of one label by id.
UNWIND $rows AS row
MERGE (n:{{LABEL}} {id: row.id})
SET n += row.props
RETURN count(n) AS written
