// Import validation: which of these ids already name a node of the label.
UNWIND $ids AS id
MATCH (n:{{LABEL}} {id: id})
RETURN n.id AS id
