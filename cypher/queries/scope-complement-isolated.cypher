// Per helix, the actors of a scope tied only to actors outside it ($out, element ids): isolated
// within the scope though not in the whole graph (ties counting as the whole-graph run counts them:
// between actors of a helix, $helices).
MATCH (x:Actor)-[:COLLABORATES_WITH]-(y:Actor)
WHERE elementId(x) IN $out AND NOT elementId(y) IN $out AND x.helix IN $helices
WITH DISTINCT y
WHERE NOT EXISTS { (y)-[:COLLABORATES_WITH]-(z:Actor) WHERE z <> y AND z.helix IN $helices AND NOT elementId(z) IN $out }
RETURN y.helix AS helix, count(y) AS actors
