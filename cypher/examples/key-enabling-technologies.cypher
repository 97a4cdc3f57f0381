// title: Key enabling technologies and the sectors they enable
// description: For each of the EU's Key Enabling Technologies in the graph, the sectors it enables and the actors that develop it.
// title.nl: Sleuteltechnologieën en de sectoren die ze mogelijk maken
// description.nl: Voor elke Key Enabling Technology van de EU in de graaf: de sectoren die ze mogelijk maakt en de actoren die ze ontwikkelen.
MATCH (t:Technology {ket: true})
OPTIONAL MATCH (s:Sector)-[:ENABLED_BY]->(t)
OPTIONAL MATCH (a:Actor)-[:DEVELOPS]->(t)
RETURN t.name AS technology, collect(DISTINCT coalesce(s.nameEn, s.name)) AS sectors, collect(DISTINCT a.name) AS developers
ORDER BY size(sectors) DESC, technology
