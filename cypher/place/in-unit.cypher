// args: a
// Whether actor a counts in the region a specialisation reads: every actor when $all; else the
// actors in NUTS region $nuts at level $level (cypher/place/nuts-of.cypher, as on the map); else
// the actors located in Region node $node or in a place inside it (a region without NUTS id).
$all
OR ($nuts IS NOT NULL AND $nuts IN {{PLACE:nuts-of(a)}})
OR ($node IS NOT NULL AND EXISTS { (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..8]->(:Region {id: $node}) })
