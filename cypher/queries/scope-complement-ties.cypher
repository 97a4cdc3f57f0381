// The collaboration ties with at least one end among the actors outside a scope ($out, element ids),
// each once, by the helices of their ends, weighted as the whole-graph run weighs them (a weight
// that is not positive counts 1): the whole graph's stored matrix less these is the scope's.
MATCH (x:Actor)-[r:COLLABORATES_WITH]-(y:Actor)
WHERE elementId(x) IN $out AND x <> y AND (NOT elementId(y) IN $out OR elementId(x) < elementId(y))
WITH x, y, coalesce(r.weight, 1) AS w
RETURN x.helix AS g, y.helix AS h, count(*) AS ties, sum(CASE WHEN w > 0 THEN w ELSE 1 END) AS weight
