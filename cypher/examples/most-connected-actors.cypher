// title: The most connected actors
// description: Actors ranked by the number of other actors they are directly linked to, with how many of those belong to each helix.
// title.nl: De best verbonden actoren
// description.nl: Actoren gerangschikt naar het aantal andere actoren waarmee ze rechtstreeks verbonden zijn, met hoeveel daarvan tot elke helix behoren.
MATCH (a:Actor)-[:COLLABORATES_WITH|MEMBER_OF|FOUNDED]-(b:Actor)
WITH a, count(DISTINCT b) AS degree, collect(DISTINCT b.helix) AS partnerHelices
RETURN a.name AS actor, a.helix AS helix, degree, partnerHelices
ORDER BY degree DESC, actor
LIMIT 20
