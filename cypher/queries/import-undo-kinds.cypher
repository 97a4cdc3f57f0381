// Staged import, undo: which labels and relationship types have previous values to restore.
MATCH (u:ImportUndo)
WHERE u.__undoImport = $id
RETURN DISTINCT u.__undoKind AS kind, u.__undoLabel AS label, u.__undoType AS type, u.__undoFromLabel AS from, u.__undoToLabel AS to
