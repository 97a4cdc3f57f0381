// title: Sectors that share the most actors
// description: Pairs of sectors with the actors active in both, most shared first: where related variety lets knowledge and people flow between sectors.
// title.nl: Sectoren die de meeste actoren delen
// description.nl: Paren van sectoren met de actoren die in beide actief zijn, de meest gedeelde eerst: waar gerelateerde variëteit kennis en mensen tussen sectoren laat stromen.
MATCH (s1:Sector)<-[:ACTIVE_IN]-(a:Actor)-[:ACTIVE_IN]->(s2:Sector)
WHERE elementId(s1) < elementId(s2)
RETURN coalesce(s1.nameEn, s1.name) AS sector1, coalesce(s2.nameEn, s2.name) AS sector2,
       count(DISTINCT a) AS sharedActors, collect(DISTINCT a.name) AS actors
ORDER BY sharedActors DESC, sector1, sector2
LIMIT 25
