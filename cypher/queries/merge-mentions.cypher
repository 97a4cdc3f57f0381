// Provenance: the documents, sections and passages that name a node.
UNWIND $rows AS row
MATCH (n:{{LABEL}} {id: row.id})
MATCH (d:Document {id: row.doc})
MERGE (n)-[r:MENTIONED_IN {section: row.section, quote: row.quote}]->(d)
RETURN count(r) AS written
