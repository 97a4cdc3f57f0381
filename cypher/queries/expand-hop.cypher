// One hop of a neighbourhood expansion: the not yet seen neighbours of the frontier that pass
// the filters (an empty list means no filter; helix and kind apply to actors only; a sector,
// technology or region filter keeps nodes that are, or link directly to, one of those), most
// relevant first: summed weight of their links to the frontier (1 for a link without weight),
// then their degree. Only links and projects of the period count, links with their weight there.
// Returns how many there are and the first $take.
// The degree only orders neighbours of equal weight, so it is counted only for those that can
// still make the cut (weight at least that of the $take-th), and as all links less those of the
// types left out, one for each type of the schema: Neo4j reads degrees by type from a dense
// node's relationship groups instead of walking its links (a sector's thousands of ACTIVE_IN
// links were most of the work of a hop).
MATCH (a)-[r]-(b)
WHERE elementId(a) IN $frontier
  AND NOT elementId(b) IN $seen
  AND type(r) IN $relTypes
  AND (size($labels) = 0 OR labels(b)[0] IN $labels)
  AND (NOT b:Actor OR ((size($helix) = 0 OR b.helix IN $helix) AND (size($kinds) = 0 OR b.kind IN $kinds)))
  AND (size($sectors) = 0 OR (b:Sector AND b.id IN $sectors) OR EXISTS { (b)--(s:Sector) WHERE s.id IN $sectors })
  AND (size($technologies) = 0 OR (b:Technology AND b.id IN $technologies) OR EXISTS { (b)--(t:Technology) WHERE t.id IN $technologies })
  AND (size($regions) = 0 OR (b:Region AND b.id IN $regions) OR EXISTS { (b)--(g:Region) WHERE g.id IN $regions })
  AND (NOT b:Project OR {{PERIOD:project-active(b)}})
WITH b, {{PERIOD:link-weight(a, r, b)}} AS w
WHERE w > 0 AND ($minWeight IS NULL OR w >= $minWeight)
WITH b, sum(w) AS weight
ORDER BY weight DESC
WITH collect({b: b, weight: weight}) AS found
WITH size(found) AS total, found,
     CASE WHEN $take = 0 OR size(found) = 0 THEN null
          ELSE found[CASE WHEN size(found) < $take THEN size(found) ELSE $take END - 1].weight END AS cutoff
CALL (found, cutoff) {
  UNWIND [f IN found WHERE f.weight >= cutoff] AS f
  WITH f.b AS b, f.weight AS weight
  WITH b, weight, COUNT { (b)--() }
    - CASE WHEN 'COLLABORATES_WITH' IN $relTypes THEN 0 ELSE COUNT { (b)-[:COLLABORATES_WITH]-() } END
    - CASE WHEN 'MEMBER_OF' IN $relTypes THEN 0 ELSE COUNT { (b)-[:MEMBER_OF]-() } END
    - CASE WHEN 'FOUNDED' IN $relTypes THEN 0 ELSE COUNT { (b)-[:FOUNDED]-() } END
    - CASE WHEN 'ACTIVE_IN' IN $relTypes THEN 0 ELSE COUNT { (b)-[:ACTIVE_IN]-() } END
    - CASE WHEN 'DEVELOPS' IN $relTypes THEN 0 ELSE COUNT { (b)-[:DEVELOPS]-() } END
    - CASE WHEN 'ENABLED_BY' IN $relTypes THEN 0 ELSE COUNT { (b)-[:ENABLED_BY]-() } END
    - CASE WHEN 'PART_OF' IN $relTypes THEN 0 ELSE COUNT { (b)-[:PART_OF]-() } END
    - CASE WHEN 'RELATED_TO' IN $relTypes THEN 0 ELSE COUNT { (b)-[:RELATED_TO]-() } END
    - CASE WHEN 'LOCATED_IN' IN $relTypes THEN 0 ELSE COUNT { (b)-[:LOCATED_IN]-() } END
    - CASE WHEN 'PARTICIPATES_IN' IN $relTypes THEN 0 ELSE COUNT { (b)-[:PARTICIPATES_IN]-() } END
    - CASE WHEN 'TARGETS' IN $relTypes THEN 0 ELSE COUNT { (b)-[:TARGETS]-() } END
    - CASE WHEN 'USES' IN $relTypes THEN 0 ELSE COUNT { (b)-[:USES]-() } END
    - CASE WHEN 'FUNDED_BY' IN $relTypes THEN 0 ELSE COUNT { (b)-[:FUNDED_BY]-() } END
    - CASE WHEN 'ISSUED' IN $relTypes THEN 0 ELSE COUNT { (b)-[:ISSUED]-() } END
    - CASE WHEN 'COVERS' IN $relTypes THEN 0 ELSE COUNT { (b)-[:COVERS]-() } END
    - CASE WHEN 'PRIORITISES' IN $relTypes THEN 0 ELSE COUNT { (b)-[:PRIORITISES]-() } END
    - CASE WHEN 'OF_SECTOR' IN $relTypes THEN 0 ELSE COUNT { (b)-[:OF_SECTOR]-() } END
    - CASE WHEN 'IN_REGION' IN $relTypes THEN 0 ELSE COUNT { (b)-[:IN_REGION]-() } END
    - CASE WHEN 'SAME_AS' IN $relTypes THEN 0 ELSE COUNT { (b)-[:SAME_AS]-() } END
    - CASE WHEN 'MENTIONED_IN' IN $relTypes THEN 0 ELSE COUNT { (b)-[:MENTIONED_IN]-() } END AS degree
  ORDER BY weight DESC, degree DESC, b.id
  RETURN collect(elementId(b)) AS ranked
}
RETURN total, ranked[0..$take] AS kept
