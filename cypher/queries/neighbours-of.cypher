// One breadth-first step: the nodes one link (of the given types) away from the frontier.
MATCH (a)-[r]-(b)
WHERE elementId(a) IN $frontier AND type(r) IN $types
RETURN collect(DISTINCT elementId(b)) AS ids
