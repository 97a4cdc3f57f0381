// Synergy over three attributes of actors (the general form, e.g. region × sector × helix; Leydesdorff
// & Strand 2013; region or country × technology (DEVELOPS) × a third, after their GTO form): one
// record per actor of $ids, its values of the attributes $dims. An actor with
// several values on an attribute (located in two regions, active in three sectors) is split evenly
// over its combinations, so each actor weighs 1; one without a value on an attribute is left out and
// counted in the row whose cell is null.
MATCH (a:Actor)
WHERE elementId(a) IN $ids
WITH a, [d IN $dims |
  CASE d
    WHEN 'helix' THEN [v IN [a.helix] WHERE v IS NOT NULL | toString(v)]
    WHEN 'kind' THEN [v IN [a.kind] WHERE v IS NOT NULL | toString(v)]
    WHEN 'country' THEN [v IN [a.country] WHERE v IS NOT NULL | toString(v)]
    WHEN 'region' THEN COLLECT { MATCH (a)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r.id }
    WHEN 'sector' THEN COLLECT { MATCH (a)-[:ACTIVE_IN]->(s:Sector) RETURN DISTINCT s.id }
    WHEN 'technology' THEN COLLECT { MATCH (a)-[:DEVELOPS]->(t:Technology) RETURN DISTINCT t.id }
    ELSE []
  END] AS vals
WITH vals, reduce(k = 1, v IN vals | k * size(v)) AS combos
CALL (vals, combos) {
  WITH vals, combos WHERE combos > 0
  UNWIND vals[0] AS x
  UNWIND vals[1] AS y
  UNWIND vals[2] AS z
  RETURN [x, y, z] AS cell, 1.0 / combos AS w
  UNION ALL
  WITH vals, combos WHERE combos = 0
  RETURN null AS cell, 1.0 AS w
}
RETURN cell, sum(w) AS n
