// title: Sector key figures with their source
// description: The sector key figures (employment, added value, …) of the province of Antwerp study, exactly as printed, with the sector and region they describe.
// title.nl: Kerncijfers van sectoren met hun bron
// description.nl: De kerncijfers van sectoren (tewerkstelling, toegevoegde waarde, …) uit de studie van de provincie Antwerpen, precies zoals gedrukt, met de sector en regio die ze beschrijven.
MATCH (o:Observation)-[:OF_SECTOR]->(s:Sector), (o)-[:IN_REGION]->(r:Region)
RETURN coalesce(s.nameEn, s.name) AS sector, r.name AS region, o.metric AS metric, o.year AS year, o.value AS value, o.printed AS printed, o.unit AS unit
ORDER BY sector, metric, year
LIMIT 200
