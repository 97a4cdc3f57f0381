// A sector's key figures (its own and its sub-sectors'), sub-sectors, actors (its scope, scope-actors-sector.cypher), enabling
// technologies, and the policies that prioritise it or one of its sub-sectors.
MATCH (s) WHERE elementId(s) = $eid
CALL (s) {
  // The sector's own figures first, then those of its sub-sectors (at any depth), each with the
  // sub-sector it describes and the table of the source document it was read from.
  OPTIONAL MATCH (x:Sector)-[:PART_OF*0..6]->(s)
  OPTIONAL MATCH (o:Observation)-[:OF_SECTOR]->(x)
  WITH DISTINCT s, o, x
  WHERE o IS NOT NULL
  OPTIONAL MATCH (o)-[:IN_REGION]->(g:Region)
  OPTIONAL MATCH (o)-[m:MENTIONED_IN]->(:Document)
  WITH s, o, x, g, min(m.section) AS table
  ORDER BY CASE WHEN x = s THEN 0 ELSE 1 END, x.name, table, o.metric, o.year, o.id
  RETURN collect(o {.*, region: g.id, regionName: g.name, sourceSector: x.id, sourceSectorName: x.name, table: table}) AS figures
}
CALL (s) {
  OPTIONAL MATCH (sub:Sector)-[:PART_OF]->(s)
  WITH sub ORDER BY sub.id
  WHERE sub IS NOT NULL
  RETURN collect(sub {.id, .name, .nameEn, .kind}) AS subsectors
}
CALL (s) {
  WITH s AS scope
  CALL (scope) {
{{SCOPE:sector}}
  }
  WITH DISTINCT a ORDER BY a.id
  RETURN collect(a {.id, .name, .helix, .kind}) AS actors
}
CALL (s) {
  OPTIONAL MATCH (x:Sector)-[:PART_OF*0..6]->(s)
  OPTIONAL MATCH (x)-[:ENABLED_BY]->(t:Technology)
  WITH DISTINCT t ORDER BY t.id
  WHERE t IS NOT NULL
  RETURN collect(t {.id, .name, .nameEn, .ket}) AS technologies
}
CALL (s) {
  OPTIONAL MATCH (p:Policy)-[r:PRIORITISES]->(x:Sector)-[:PART_OF*0..6]->(s)
  WITH p, x, r
  WHERE p IS NOT NULL
  OPTIONAL MATCH (issuer:Actor)-[:ISSUED]->(p)
  WITH p, x, r, collect(issuer.name) AS issuers
  ORDER BY p.level, p.id, x.id
  RETURN collect({id: p.id, name: p.name, level: p.level, issuers: issuers, sector: x.id, inferred: coalesce(r.inferred, false)}) AS policies
}
RETURN s, figures, subsectors, actors, technologies, policies
