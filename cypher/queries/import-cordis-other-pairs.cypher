// CORDIS: co-participation pairs already in the graph with projects of programmes an import does
// not read ($others), so that rewriting such a pair keeps their counts and years (and each project's years); those of the
// organisations $pics with organisations sorting after them, a few hundred at a time.
UNWIND $pics AS pic
MATCH (a:Actor {id: 'cordis-' + pic})-[r:COLLABORATES_WITH {kind: 'project'}]->(b:Actor)
WHERE b.id STARTS WITH 'cordis-' AND b.id > a.id
  AND any(p IN $others WHERE r[p + 'Projects'] IS NOT NULL)
RETURN pic AS a, substring(b.id, 7) AS b, r.fp7Projects AS fp7, r.h2020Projects AS h2020, r.horizonProjects AS horizon,
  r.fp7ProjectYears AS fp7Years, r.h2020ProjectYears AS h2020Years, r.horizonProjectYears AS horizonYears, r.since AS since, r.until AS until
