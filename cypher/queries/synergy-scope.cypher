// Triple-helix synergy: the actors of the scope ({{SCOPE}}, the definition of its kind, of the
// period), all of them (no cut: T is a statistic of every record), by element id.
OPTIONAL MATCH (scope) WHERE elementId(scope) = $eid
CALL (scope) {
{{SCOPE}}
}
RETURN collect(DISTINCT elementId(a)) AS ids
