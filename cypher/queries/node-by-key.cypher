// Internal element ids of nodes of one label, by their id property.
UNWIND $keys AS key
MATCH (n:{{LABEL}} {id: key})
RETURN key, elementId(n) AS eid
