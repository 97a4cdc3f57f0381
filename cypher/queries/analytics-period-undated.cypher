// Whole-graph analytics: the collaboration ties without any year (at most $max + 1). In a period
// such a tie counts when both its ends belong to it (cypher/period/actor-active.cypher), which
// their other records decide: the triple helix of everything in a period checks these ties as
// it is asked (scope-helix-undated-ties.cypher) and weighs the dated ones from the stored profile.
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
WHERE a <> b AND coalesce(r.since, r.until, r.year) IS NULL
RETURN elementId(r) AS tie
LIMIT $max + 1
