// Triple-helix scope "all": every actor.
MATCH (a:Actor)
WITH a ORDER BY a.id
RETURN collect(elementId(a)) AS ids
