// One hop of a neighbourhood expansion: the not yet seen neighbours of the frontier that pass
// the filters (an empty list means no filter; helix and kind apply to actors only; a sector,
// technology or region filter keeps nodes that are, or link directly to, one of those), most
// relevant first: summed weight of their links to the frontier (1 for a link without weight),
// then their degree. Returns how many there are and the first $take.
MATCH (a)-[r]-(b)
WHERE elementId(a) IN $frontier
  AND NOT elementId(b) IN $seen
  AND type(r) IN $relTypes
  AND ($minWeight IS NULL OR coalesce(r.weight, 1) >= $minWeight)
  AND (size($labels) = 0 OR labels(b)[0] IN $labels)
  AND (NOT b:Actor OR ((size($helix) = 0 OR b.helix IN $helix) AND (size($kinds) = 0 OR b.kind IN $kinds)))
  AND (size($sectors) = 0 OR (b:Sector AND b.id IN $sectors) OR EXISTS { (b)--(s:Sector) WHERE s.id IN $sectors })
  AND (size($technologies) = 0 OR (b:Technology AND b.id IN $technologies) OR EXISTS { (b)--(t:Technology) WHERE t.id IN $technologies })
  AND (size($regions) = 0 OR (b:Region AND b.id IN $regions) OR EXISTS { (b)--(g:Region) WHERE g.id IN $regions })
WITH b, sum(coalesce(r.weight, 1)) AS weight
WITH b, weight, COUNT { (b)-[x]-() WHERE type(x) IN $relTypes } AS degree
ORDER BY weight DESC, degree DESC, b.id
WITH collect(elementId(b)) AS found
RETURN size(found) AS total, found[0..$take] AS kept
