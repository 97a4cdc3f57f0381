// One breadth-first step: the nodes one link (of the given types, counting in the period) away from
// the frontier.
MATCH (a)-[r]-(b)
WHERE elementId(a) IN $frontier AND type(r) IN $types
  AND (NOT b:Project OR {{PERIOD:project-active(b)}})
  AND {{PERIOD:link-weight(a, r, b)}} > 0
RETURN collect(DISTINCT elementId(b)) AS ids
