// Partner finder: every actor with what the score components read, and whether it is active in
// the period (cypher/period/actor-active.cypher; always without one): only active actors are
// candidates, but every actor can ask.
MATCH (a:Actor)
RETURN 'Actor:' + a.id AS id, coalesce(a.name, a.id) AS name, a.helix AS helix, a.kind AS kind, a.country AS country,
       {{PERIOD:actor-active(a)}} AS active
