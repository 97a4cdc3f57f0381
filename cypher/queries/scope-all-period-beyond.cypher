// Scope "all" in a period: how many of its actors there are, counting no further than $over — enough
// to tell it is too large to read whole without asking every actor of the graph whether it belongs
// to the period (seconds on the generated 100k graph). Its actors are counted with its figures.
MATCH (a:Actor)
WHERE {{PERIOD:actor-active(a)}}
WITH a LIMIT $over
RETURN count(a) AS actors
