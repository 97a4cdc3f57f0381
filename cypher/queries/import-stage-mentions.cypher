// Import: provenance links of one label's nodes; in a staged import ($import set) those it
// creates are tagged `_import` (a mention has no other properties to change).
UNWIND $rows AS row
MATCH (n:{{LABEL}} {id: row.id})
MATCH (d:Document {id: row.doc})
MERGE (n)-[r:MENTIONED_IN {section: row.section, quote: row.quote}]->(d)
ON CREATE SET r._import = $import
RETURN count(r) AS written
