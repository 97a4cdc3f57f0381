// Whole-graph analytics: every collaboration link between two actors, by the actors' ids, with its weight.
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
RETURN a.id AS a, b.id AS b, r.weight AS w
