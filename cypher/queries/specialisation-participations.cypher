// Specialisation, measures participations and contribution: the participations of the region's
// actors (cypher/place/in-unit.cypher) in projects running in the period, and the EU contribution
// to them, per category $by of the project: its programme parts (the Policy nodes it is FUNDED_BY
// that are PART_OF a programme) or its topics (the ;-separated codes of its `topics`). A project
// under two categories counts in both.
MATCH (a:Actor)
WHERE {{PLACE:in-unit(a)}}
MATCH (a)-[p:PARTICIPATES_IN]->(j:Project)
WHERE {{PERIOD:record-active(p)}}
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
RETURN category, label, toFloat(count(p)) AS participations, sum(coalesce(toFloat(p.ecContribution), 0.0)) AS contribution
ORDER BY category
