// Import: create or update nodes of one label by id. In a staged import ($import set) the nodes
// it creates are tagged `_import`, and a node it changes first has its properties copied to an
// :ImportUndo node (and is marked `_undo`), so the import can be undone exactly. $import null:
// a plain MERGE, as in the one-transaction import.
UNWIND $rows AS row
OPTIONAL MATCH (old:{{LABEL}} {id: row.id})
WITH row, [o IN collect(old)
  WHERE $import IS NOT NULL AND o._import IS NULL AND o._undo IS NULL
    AND any(k IN keys(row.props) WHERE o[k] IS NULL OR o[k] <> row.props[k])] AS changed
FOREACH (o IN changed |
  CREATE (u:ImportUndo)
  SET u = properties(o), u.__undoImport = $import, u.__undoKind = 'node', u.__undoLabel = $label, u.__undoKey = row.id
  SET o._undo = $import)
MERGE (n:{{LABEL}} {id: row.id})
ON CREATE SET n._import = $import
SET n += row.props
RETURN count(n) AS written
