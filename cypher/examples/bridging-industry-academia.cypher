// title: Actors bridging industry and academia in a sector
// description: Which actors active in a sector are directly linked (collaboration, membership, founding) both to companies and to universities or research centres? Change the sector id on the first line to look at another sector.
// title.nl: Actoren die industrie en academie verbinden in een sector
// description.nl: Welke actoren die actief zijn in een sector hebben een rechtstreekse band (samenwerking, lidmaatschap, oprichting) met zowel bedrijven als universiteiten of onderzoekscentra? Wijzig de sector-id op de eerste regel om een andere sector te bekijken.
MATCH (s:Sector {id: 'sector-chemistry'})
MATCH (a:Actor)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..3]->(s)
MATCH (a)-[:COLLABORATES_WITH|MEMBER_OF|FOUNDED]-(industry:Actor {helix: 'industry'})
MATCH (a)-[:COLLABORATES_WITH|MEMBER_OF|FOUNDED]-(academia:Actor {helix: 'academia'})
RETURN a AS bridge, a.helix AS helix,
       collect(DISTINCT industry.name) AS companies,
       collect(DISTINCT academia.name) AS academics
ORDER BY size(companies) + size(academics) DESC
