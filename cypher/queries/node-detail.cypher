// One node with its neighbours counted by label and its links by type, and its provenance:
// the documents, sections and quotes that name it.
MATCH (n)
WHERE elementId(n) = $eid
CALL (n) {
  OPTIONAL MATCH (n)--(m)
  WITH labels(m)[0] AS label, count(DISTINCT m) AS c
  WHERE label IS NOT NULL
  RETURN collect([label, c]) AS byLabel
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  WITH type(r) AS t, count(r) AS c
  WHERE t IS NOT NULL
  RETURN collect([t, c]) AS byType
}
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(d:Document)
  WITH m, d ORDER BY d.id, m.section
  WHERE d IS NOT NULL
  RETURN collect({
    document: {id: d.id, title: d.title, file: d.file, year: d.year, publisher: d.publisher},
    section: m.section,
    quote: m.quote
  }) AS provenance
}
RETURN n, byLabel, byType, provenance
