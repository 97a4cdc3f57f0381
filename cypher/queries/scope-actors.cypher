// The actors of a scope ({{SCOPE}}: the definition of its kind, scope-actors-<kind>.cypher), the
// most collaborating first, cut at $limit here so that a cut scope keeps its core.
OPTIONAL MATCH (scope) WHERE elementId(scope) = $eid
CALL (scope) {
{{SCOPE}}
}
WITH DISTINCT a ORDER BY COUNT { (a)-[:COLLABORATES_WITH]-() } DESC, a.id
WITH collect(elementId(a)) AS ids
RETURN size(ids) AS total, ids[..$limit] AS ids
