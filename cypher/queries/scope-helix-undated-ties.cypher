// The ties without years of the whole graph ($ties, element ids, from the stored period profile)
// that count in the period — both their ends belong to it — by the helices of their ends.
MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor)
WHERE elementId(r) IN $ties AND {{PERIOD:actor-active(a)}} AND {{PERIOD:actor-active(b)}}
WITH a, b, {{PERIOD:link-weight(a, r, b)}} AS w
WHERE w > 0
RETURN a.helix AS g, b.helix AS h, count(*) AS ties, sum(w) AS weight
