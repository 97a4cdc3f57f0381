// The actors of a scope ({{SCOPE}}: the definition of its kind, scope-actors-<kind>.cypher), the
// most collaborating first, cut at $limit here so that a cut scope keeps its core; `linkEnds`, the
// collaboration links of all of them, tells whether the links among them can be read at once.
OPTIONAL MATCH (scope) WHERE elementId(scope) = $eid
CALL (scope) {
{{SCOPE}}
}
WITH DISTINCT a
WITH a, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links
ORDER BY links DESC, a.id
WITH collect(elementId(a)) AS ids, sum(links) AS linkEnds
RETURN size(ids) AS total, ids[..$limit] AS ids, linkEnds
