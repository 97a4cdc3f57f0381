// Seeds and imports: create or update one relationship per (from, type, to).
UNWIND $rows AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
MERGE (a)-[r:{{TYPE}}]->(b)
SET r += row.props
RETURN count(r) AS written
