// The report's scope (a sector or a region): its key figures — its own and those of its sub-sectors
// or sub-regions, each with the document and table it was read from — the technologies enabling the
// sector, and the policies that prioritise the sector (or a sub-sector) or cover the region (or a
// region it lies in: priorities across levels), each with its issuers and source.
MATCH (s) WHERE elementId(s) = $eid
CALL (s) {
  OPTIONAL MATCH (x)-[:PART_OF*0..6]->(s)
  WHERE labels(x) = labels(s)
  OPTIONAL MATCH (o:Observation)-[r:OF_SECTOR|IN_REGION]->(x)
  WHERE (s:Sector AND type(r) = 'OF_SECTOR') OR (s:Region AND type(r) = 'IN_REGION')
  WITH DISTINCT s, o, x
  WHERE o IS NOT NULL
  WITH s, o, x,
    [(o)-[:OF_SECTOR]->(sec:Sector) | sec.name][0] AS sector,
    [(o)-[:IN_REGION]->(g:Region) | g.name][0] AS region,
    [(o)-[m:MENTIONED_IN]->(d:Document) | {document: d.id, title: d.title, table: m.section}] AS cites
  ORDER BY CASE WHEN x = s THEN 0 ELSE 1 END, x.name, o.metric, o.year, o.id
  RETURN collect(o {.name, .nameEn, .metric, .value, .unit, .printed, .year, subject: coalesce(sector, x.name), region: region, cite: head(cites)}) AS figures
}
CALL (s) {
  OPTIONAL MATCH (x:Sector)-[:PART_OF*0..6]->(s:Sector)
  OPTIONAL MATCH (x)-[:ENABLED_BY]->(t:Technology)
  WITH DISTINCT t ORDER BY t.name
  WHERE t IS NOT NULL
  RETURN collect(t {.id, .name, .ket}) AS technologies
}
CALL (s) {
  CALL (s) {
    MATCH (p:Policy)-[:PRIORITISES]->(:Sector)-[:PART_OF*0..6]->(s:Sector)
    RETURN DISTINCT p
    UNION
    MATCH (s:Region)-[:PART_OF*0..6]->(:Region)<-[:COVERS]-(p:Policy)
    RETURN DISTINCT p
  }
  WITH p,
    [(i:Actor)-[:ISSUED]->(p) | i.name] AS issuers,
    [(p)-[m:MENTIONED_IN]->(d:Document) | {document: d.id, title: d.title, table: m.section}] AS cites
  ORDER BY p.level, p.name
  RETURN collect(p {.id, .name, .level, issuers: issuers, cite: head(cites)}) AS policies
}
RETURN s.name AS name, s.nameEn AS nameEn, figures, technologies, policies
