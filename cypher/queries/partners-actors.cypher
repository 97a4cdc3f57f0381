// Partner finder: every actor with what the score components read.
MATCH (a:Actor)
RETURN 'Actor:' + a.id AS id, coalesce(a.name, a.id) AS name, a.helix AS helix, a.kind AS kind, a.country AS country
