// Full-text search over names, English names, aliases and acronyms ($lucene is built by
// server/search/lucene.ts), optionally restricted to some labels.
CALL db.index.fulltext.queryNodes('names', $lucene) YIELD node, score
WHERE size($types) = 0 OR any(l IN labels(node) WHERE l IN $types)
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
