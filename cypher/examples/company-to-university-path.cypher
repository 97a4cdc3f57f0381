// title: Shortest path from a company to a university
// description: How is a company connected to a university, through which actors, projects, sectors or regions? Shows the shortest path that avoids source documents; change the two ids to try other pairs.
// title.nl: Kortste pad van een bedrijf naar een universiteit
// description.nl: Hoe is een bedrijf verbonden met een universiteit, via welke actoren, projecten, sectoren of regio's? Toont het kortste pad buiten de brondocumenten om; wijzig de twee id's om andere paren te proberen.
MATCH (company:Actor {id: 'general-motors-antwerpen'}), (university:Actor {id: 'universiteit-antwerpen'})
MATCH path = shortestPath((company)-[*..8]-(university))
WHERE none(n IN nodes(path) WHERE n:Document OR n:Observation)
RETURN path, length(path) AS hops, [n IN nodes(path) | n.name] AS via
