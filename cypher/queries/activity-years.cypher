// The data's activity per year, behind the period control: projects running in each year (start
// year to end year, the start year when there is no end) and participations active in it (their
// own years, since–until or year, else their project's), as cypher/period/ reads years. Records
// without years are counted by activity-undated.cypher. Years outside 1900–2100 are left out.
CALL () {
  MATCH (p:Project)
  WHERE p.start IS NOT NULL
  RETURN toInteger(left(toString(p.start), 4)) AS s, toInteger(left(toString(coalesce(p.end, p.start)), 4)) AS e, 1 AS projects, 0 AS participations
  UNION ALL
  MATCH (:Actor)-[x:PARTICIPATES_IN]->(p:Project)
  WHERE {{PERIOD:record-dated(x)}}
  WITH CASE WHEN coalesce(x.since, x.until, x.year) IS NOT NULL
         THEN [coalesce(x.since, x.year, x.until), coalesce(x.until, x.year, x.since)]
         ELSE [p.start, coalesce(p.end, p.start)] END AS span
  RETURN toInteger(left(toString(span[0]), 4)) AS s, toInteger(left(toString(span[1]), 4)) AS e, 0 AS projects, 1 AS participations
}
WITH s, CASE WHEN e < s THEN s ELSE e END AS e, projects, participations
WHERE s >= 1900 AND e <= 2100
UNWIND range(s, e) AS year
RETURN year, sum(projects) AS projects, sum(participations) AS participations
ORDER BY year
