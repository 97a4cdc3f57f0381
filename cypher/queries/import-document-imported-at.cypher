// CORDIS: when a Document an import would cite was first imported (none: it is new).
MATCH (d:Document {id: $id})
RETURN d.importedAt AS importedAt
