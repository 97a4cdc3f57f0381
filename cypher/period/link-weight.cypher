// args: a, r, b
// The weight of link r between a and b in the period; 0 when it does not count there. Without a
// period: its weight (1 when it has none). A collaboration pair counts in a year when one of its
// shared projects runs that year, and its weight is the number of such projects: a pair whose years
// (since–until, the first start and last end of its shared projects) lie inside the period keeps
// its weight, one outside it is left out, and one across a boundary of the period counts its
// shared projects running in the period (PARTICIPATES_IN of both; kind 'project' with both ends
// in projects of the graph; a pair whose projects the graph does not hold keeps its weight). A pair
// that stores its shared projects' years ("start-end": projectYears, or the CORDIS import's lists per
// programme; stored-project-years) has them counted instead, which costs nothing where counting the
// projects of two hubs of the whole CORDIS graph took minutes.
// Participations and foundings count as record-active says; other links are timeless.
CASE
  WHEN $periodFrom IS NULL THEN coalesce(r.weight, 1)
  WHEN type(r) = 'COLLABORATES_WITH' AND coalesce(r.since, r.until) IS NOT NULL THEN
    CASE
      WHEN coalesce(r.since, r.until) > $periodTo OR coalesce(r.until, r.since) < $periodFrom THEN 0
      WHEN coalesce(r.since, r.until) >= $periodFrom AND coalesce(r.until, r.since) <= $periodTo THEN coalesce(r.weight, 1)
      WHEN coalesce(r.kind, '') = 'project' AND {{PERIOD:stored-project-years(r)}} IS NOT NULL
        THEN size([y IN {{PERIOD:stored-project-years(r)}}
          WHERE toInteger(left(y, 4)) <= $periodTo AND toInteger(right(y, 4)) >= $periodFrom])
      WHEN coalesce(r.kind, '') = 'project' AND EXISTS { (a)-[:PARTICIPATES_IN]->(:Project) } AND EXISTS { (b)-[:PARTICIPATES_IN]->(:Project) }
        THEN COUNT {
          MATCH (a)-[:PARTICIPATES_IN]->(shared:Project)<-[:PARTICIPATES_IN]-(b)
          WHERE shared.start IS NOT NULL
            AND toInteger(left(toString(shared.start), 4)) <= $periodTo
            AND toInteger(left(toString(coalesce(shared.end, shared.start)), 4)) >= $periodFrom
        }
      ELSE coalesce(r.weight, 1)
    END
  WHEN {{PERIOD:record-active(r)}} THEN coalesce(r.weight, 1)
  ELSE 0
END
