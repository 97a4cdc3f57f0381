// Whole-graph analytics: every actor with its helix (the job numbers them in this order).
MATCH (a:Actor)
RETURN a.id AS id, a.helix AS helix
