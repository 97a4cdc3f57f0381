// Staged import: the switch-over or the undo is complete; the record goes.
MATCH (i:Import {id: $id})
DELETE i
