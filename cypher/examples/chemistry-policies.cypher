// title: Policies of every level that prioritise chemistry
// description: Every policy (EU, federal, regional, provincial, local) that prioritises chemistry or a sector within it, with who issued it; ordered from the widest level to the narrowest.
// title.nl: Beleid op elk niveau dat chemie als prioriteit heeft
// description.nl: Elk beleid (EU, federaal, regionaal, provinciaal, lokaal) dat chemie of een sector daarbinnen als prioriteit heeft, met wie het uitvaardigde; van het breedste niveau naar het smalste.
MATCH (c:Sector {id: 'sector-chemistry'})
MATCH (p:Policy)-[:PRIORITISES]->(s:Sector)
WHERE s = c OR (s)-[:PART_OF*1..3]->(c) OR (c)-[:PART_OF*1..3]->(s) OR toLower(coalesce(s.nameEn, s.name)) CONTAINS 'chemi'
OPTIONAL MATCH (issuer:Actor)-[:ISSUED]->(p)
RETURN p.level AS level, p.name AS policy, p.kind AS kind, p.year AS year,
       collect(DISTINCT coalesce(s.nameEn, s.name)) AS prioritises, collect(DISTINCT issuer.name) AS issuedBy
ORDER BY CASE p.level WHEN 'eu' THEN 0 WHEN 'federal' THEN 1 WHEN 'regional' THEN 2 WHEN 'provincial' THEN 3 WHEN 'subregional' THEN 4 ELSE 5 END, policy
