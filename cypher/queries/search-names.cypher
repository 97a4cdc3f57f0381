// Full-text search over names, English names, aliases and acronyms ($lucene is built by
// server/search/lucene.ts), optionally restricted to some labels. Returns more candidates than
// asked for, with how connected each is, for server/search/rank.ts to order.
CALL db.index.fulltext.queryNodes('names', $lucene) YIELD node, score
WHERE size($types) = 0 OR any(l IN labels(node) WHERE l IN $types)
WITH node, score
ORDER BY score DESC, node.id
LIMIT $candidates
RETURN node, score, COUNT { (node)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } AS links
