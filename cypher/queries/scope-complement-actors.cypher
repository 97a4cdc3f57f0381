// The actors outside a scope ($ids, element ids, the scope's actors) — few, for a scope holding
// almost every actor (the H2020 programme of a CORDIS import with the seeds) — each with its helix and
// whether it has no collaboration tie to another actor of a helix ($helices) at all: isolated in
// the whole graph, as the whole-graph run counts it (ties to actors without a helix do not count).
MATCH (x:Actor)
WHERE NOT elementId(x) IN $ids
RETURN elementId(x) AS id, x.helix AS helix, NOT EXISTS { (x)-[:COLLABORATES_WITH]-(y:Actor) WHERE y <> x AND y.helix IN $helices } AS isolated
