// title: The most connected actors
// description: Actors ranked by the number of other actors they are directly linked to, with how many of those belong to each helix.
MATCH (a:Actor)-[:COLLABORATES_WITH|MEMBER_OF|FOUNDED]-(b:Actor)
WITH a, count(DISTINCT b) AS degree, collect(DISTINCT b.helix) AS partnerHelices
RETURN a.name AS actor, a.helix AS helix, degree, partnerHelices
ORDER BY degree DESC, actor
LIMIT 20
