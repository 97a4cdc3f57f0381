// args: a
// What actor a adds to each category of a specialisation measure $measure, as a list of
// {category, label, value}: for `actors`, 1 per sector it is ACTIVE_IN (when active in the period);
// for `participations` and `contribution`, each participation in a project running in the period
// (1, or its EU contribution) under each category $by of the project: its programme parts (Policy
// nodes it is FUNDED_BY that are PART_OF a programme) or its topics (the ;-separated codes of
// `topics`). A record in two categories counts in both. Read by the region's specialisation
// (specialisation-counts) and by the map's location quotients (regions-specialisation).
COLLECT {
  MATCH (a)-[:ACTIVE_IN]->(s:Sector)
  WHERE $measure = 'actors' AND {{PERIOD:actor-active(a)}}
  RETURN {category: 'Sector:' + s.id, label: coalesce(s.name, s.id), value: 1.0} AS row
  UNION ALL
  MATCH (a)-[p:PARTICIPATES_IN]->(j:Project)
  WHERE $measure IN ['participations', 'contribution'] AND {{PERIOD:record-active(p)}}
  CALL (j) {
    MATCH (j)-[:FUNDED_BY]->(part:Policy)-[:PART_OF]->(:Policy)
    WHERE $by = 'part'
    RETURN DISTINCT 'Policy:' + part.id AS category, coalesce(part.name, part.id) AS label
    UNION
    UNWIND CASE WHEN $by = 'topic' THEN split(coalesce(j.topics, ''), ';') ELSE [] END AS t
    WITH trim(t) AS t
    WHERE t <> ''
    RETURN t AS category, t AS label
  }
  RETURN {category: category, label: label, value: CASE $measure WHEN 'contribution' THEN coalesce(toFloat(p.ecContribution), 0.0) ELSE 1.0 END} AS row
}
