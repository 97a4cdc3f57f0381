// title: Projects and their partners, by programme
// description: Which projects bring actors together, under which programme, and from which helices do the partners come?
// title.nl: Projecten en hun partners, per programma
// description.nl: Welke projecten brengen actoren samen, onder welk programma, en uit welke helices komen de partners?
MATCH (a:Actor)-[:PARTICIPATES_IN]->(p:Project)
RETURN coalesce(p.programme, 'unknown') AS programme, coalesce(p.acronym, p.name) AS project,
       count(a) AS partners, collect(DISTINCT a.helix) AS helices
ORDER BY partners DESC, project
