// The documents a report cites by id, and those the given actors were read from (the seed documents
// or an import's dataset record), most used first: where the network figures come from.
CALL {
  MATCH (d:Document) WHERE d.id IN $documents
  RETURN d, 0 AS uses
  UNION ALL
  UNWIND $actors AS key
  MATCH (:Actor {id: key})-[:MENTIONED_IN]->(d:Document)
  RETURN d, 1 AS uses
}
WITH d, sum(uses) AS uses
ORDER BY uses DESC, d.year DESC, d.id
RETURN d.id AS id, coalesce(d.title, d.id) AS title, d.publisher AS publisher, d.year AS year, uses
