// Import: create or update one relationship per (from, type, to). In a staged import ($import
// set) created relationships are tagged `_import`, and a relationship it changes first has its
// properties copied to an :ImportUndo node (and is marked `_undo`).
UNWIND $rows AS row
MATCH (a:{{FROM}} {id: row.from})
MATCH (b:{{TO}} {id: row.to})
OPTIONAL MATCH (a)-[old:{{TYPE}}]->(b)
WITH row, a, b, [o IN collect(old)
  WHERE $import IS NOT NULL AND o._import IS NULL AND o._undo IS NULL
    AND any(k IN keys(row.props) WHERE o[k] IS NULL OR o[k] <> row.props[k])] AS changed
FOREACH (o IN changed |
  CREATE (u:ImportUndo)
  SET u = properties(o), u.__undoImport = $import, u.__undoKind = 'link', u.__undoType = $type,
      u.__undoFromLabel = $from, u.__undoFrom = row.from, u.__undoToLabel = $to, u.__undoTo = row.to
  SET o._undo = $import)
MERGE (a)-[r:{{TYPE}}]->(b)
ON CREATE SET r._import = $import
SET r += row.props
RETURN count(r) AS written
