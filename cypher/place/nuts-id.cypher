// args: n
// The NUTS 2021 id of region n: its code, except that a country keeps its ISO code in the graph
// (GR, GB) where NUTS writes EL, UK. Null for a region that is no NUTS region (no nutsLevel).
CASE
  WHEN n.nutsLevel IS NULL THEN null
  WHEN n.nutsLevel = 0 THEN CASE n.code WHEN 'GR' THEN 'EL' WHEN 'GB' THEN 'UK' ELSE n.code END
  ELSE n.code
END
