// title: Key enabling technologies and the sectors they enable
// description: For each of the EU's Key Enabling Technologies in the graph, the sectors it enables and the actors that develop it.
MATCH (t:Technology {ket: true})
OPTIONAL MATCH (s:Sector)-[:ENABLED_BY]->(t)
OPTIONAL MATCH (a:Actor)-[:DEVELOPS]->(t)
RETURN t.name AS technology, collect(DISTINCT coalesce(s.nameEn, s.name)) AS sectors, collect(DISTINCT a.name) AS developers
ORDER BY size(sectors) DESC, technology
