// A neighbourhood of one hop in one query, so one round trip without an explicit transaction
// (expand.ts): the start nodes of one label by key ($keys, each once), the neighbours of the hop
// as expand-hop ranks and cuts them (the first $take), and the graph of both as graph-of answers
// it, one row per node and per link, each with the hop's count of neighbours (total) and how many
// were kept. No row when a start node does not exist: expand.ts then takes the general path, which
// names it.
UNWIND $keys AS key
MATCH (n:{{LABEL}} {id: key})
WITH collect(elementId(n)) AS starts
WHERE size(starts) = size($keys)
CALL (starts) {
  WITH starts AS frontier, starts AS seen
  {{QUERY:expand-hop(frontier, seen)}}
}
// The aggregation starts new rows holding only these: without it the hop's list of every
// neighbour stays in each row, and graph-of's hash join keeps a copy per node (one hop around a
// hub of the 100k graph then passed the 256 MiB transaction memory).
WITH starts + kept AS ids, total, size(kept) AS kept, count(*) AS hop
CALL (ids) {
  {{QUERY:graph-of(ids)}}
}
RETURN x, r, w, total, kept
