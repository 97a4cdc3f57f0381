// The triple-helix counts of a scope in each year of $years, in one read (the small multiples):
// for each year, the scope's actors as /api/triple-helix reads them with that year as period
// ({{SCOPE_YEARS}}: the scope's definition with `year` as the period, server/db/queries.ts, yearlyScopedQuery),
// and the ties among them — actor pairs with a collaboration link that counts in that year
// (cypher/period/link-weight.cypher, `year` standing for the period) — counted by the helices of
// their two ends. The links among the scope's actors are expanded once, not once a year: those
// actors (intermediaries above all) have many links outside the scope. Years without actors give no row.
OPTIONAL MATCH (scope) WHERE elementId(scope) = $eid
UNWIND $years AS year
CALL (scope, year) {
{{SCOPE_YEARS}}
}
WITH year, collect(DISTINCT a) AS members
WITH collect({year: year, members: members}) AS byYear
CALL (byYear) {
  UNWIND byYear AS y
  UNWIND y.members AS a
  WITH DISTINCT a
  WITH collect(a) AS everyone
  UNWIND everyone AS a
  MATCH (a)-[r:COLLABORATES_WITH]-(b)
  WHERE elementId(a) < elementId(b) AND b IN everyone AND a.helix IS NOT NULL AND b.helix IS NOT NULL
  RETURN collect({a: a, r: r, b: b}) AS links
}
UNWIND byYear AS y
WITH y.year AS year, y.members AS members, links
CALL (year, members, links) {
  UNWIND links AS link
  WITH link.a AS a, link.r AS r, link.b AS b, year, members
  WHERE a IN members AND b IN members AND {{PERIOD:link-weight(a, r, b)}} > 0
  WITH DISTINCT a, b
  WITH a.helix AS g, b.helix AS h, count(*) AS n
  RETURN collect({a: g, b: h, ties: n}) AS ties
}
RETURN year, size(members) AS actors, ties
ORDER BY year
