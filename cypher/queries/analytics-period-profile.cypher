// Whole-graph analytics: the collaboration ties of the whole graph grouped by everything their weight
// in a period depends on (cypher/period/link-weight.cypher) — the helices of their ends, since,
// until, year, weight, whether they come from projects, and the "start-end" years of their shared
// projects (the lists stored on them, cypher/period/stored-project-years.cypher, or, for a project tie without them whose ends both
// take part in projects, the years of the projects they share, as link-weight counts them). From
// these groups server/explore/period-profile.ts weighs every tie of the graph in any period without
// reading them again: the triple helix of everything in a period. A few tens of thousands of groups
// on the Belgian CORDIS graph, where it has 469,150 ties. A tie without any year comes as a group of
// its own with its element id (undatedTie): whether it counts in a period depends on its ends' other
// records, so it is checked as asked (scope-helix-undated-ties.cypher). One pass over the ties.
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
WHERE a <> b
WITH a, b, r, {{PERIOD:stored-project-years(r)}} AS stored, coalesce(r.kind, '') = 'project' AS project
RETURN CASE WHEN coalesce(r.since, r.until, r.year) IS NULL THEN elementId(r) END AS undatedTie, a.helix AS g, b.helix AS h, r.since AS since, r.until AS until, r.year AS year, coalesce(r.weight, 1) AS weight, project,
  CASE
    WHEN NOT project THEN null
    WHEN stored IS NOT NULL THEN stored
    WHEN coalesce(r.since, r.until) IS NOT NULL AND EXISTS { (a)-[:PARTICIPATES_IN]->(:Project) } AND EXISTS { (b)-[:PARTICIPATES_IN]->(:Project) }
      THEN COLLECT {
        MATCH (a)-[:PARTICIPATES_IN]->(shared:Project)<-[:PARTICIPATES_IN]-(b)
        WHERE shared.start IS NOT NULL
        RETURN left(toString(shared.start), 4) + '-' + left(toString(coalesce(shared.end, shared.start)), 4)
      }
    ELSE null
  END AS spans,
  count(*) AS ties
