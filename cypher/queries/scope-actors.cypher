// The actors of a scope ({{SCOPE}}: the definition of its kind, scope-actors-<kind>.cypher), the
// most collaborating first, cut at $limit here so that a cut scope keeps its core; `linkEnds`, the
// collaboration links of all of them, tells whether the links among them can be read at once. A
// scope of more than $limit actors is only counted unless $rankLarge: its caller answers it as a
// large scope, and ranking every actor of a programme of the CORDIS graph by its links took seconds.
OPTIONAL MATCH (scope) WHERE elementId(scope) = $eid
CALL (scope) {
{{SCOPE}}
}
WITH collect(DISTINCT a) AS actors
WITH actors, size(actors) AS total
CALL (actors, total) {
  WITH actors WHERE $rankLarge OR total <= $limit
  UNWIND actors AS a
  WITH a, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links
  ORDER BY links DESC, a.id
  RETURN collect(elementId(a)) AS ids, sum(links) AS linkEnds
}
RETURN total, ids[..$limit] AS ids, linkEnds
