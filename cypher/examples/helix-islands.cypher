// title: Actors with no link outside their own helix
// description: Actors that have links to other actors, but only to actors of their own helix (government only with government, industry only with industry, …): candidates for triple-helix brokerage.
// title.nl: Actoren zonder band buiten hun eigen helix
// description.nl: Actoren met banden met andere actoren, maar enkel met actoren van hun eigen helix (overheid enkel met overheid, industrie enkel met industrie, …): kandidaten voor triple-helix-makelaarschap.
MATCH (a:Actor)-[:COLLABORATES_WITH|MEMBER_OF|FOUNDED]-(b:Actor)
WITH a, collect(DISTINCT b.helix) AS helices, count(DISTINCT b) AS partners
WHERE all(h IN helices WHERE h = a.helix)
RETURN a AS actor, a.helix AS helix, partners
ORDER BY partners DESC, a.name
