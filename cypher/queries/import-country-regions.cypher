// CORDIS: country regions already in the graph, so countries are linked rather than created twice.
MATCH (r:Region {level: 'country'})
WHERE r.code IS NOT NULL
RETURN r.code AS code, r.id AS id
