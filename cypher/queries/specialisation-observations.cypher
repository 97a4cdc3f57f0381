// Specialisation, measure observations: the values of metric $metric observed IN_REGION the region
// itself (NUTS id $nuts, or Region node $node; no roll-up, the figures of a region are its own),
// per sector (OF_SECTOR), each sector's latest year within the period ($periodFrom–$periodTo,
// none: any year). Observations without a value are left out.
MATCH (o:Observation {metric: $metric})-[:IN_REGION]->(g:Region)
WHERE o.value IS NOT NULL
  AND (($nuts IS NOT NULL AND {{PLACE:nuts-id(g)}} = $nuts) OR ($node IS NOT NULL AND g.id = $node))
  AND ($periodFrom IS NULL OR (o.year >= $periodFrom AND o.year <= $periodTo))
MATCH (o)-[:OF_SECTOR]->(s:Sector)
WITH s, o ORDER BY o.year DESC, o.id
WITH s, collect(o)[0] AS o
RETURN 'Sector:' + s.id AS category, coalesce(s.name, s.id) AS label, toFloat(o.value) AS value, o.year AS year, o.unit AS unit
ORDER BY category
