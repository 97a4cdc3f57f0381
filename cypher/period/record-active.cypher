// args: x
// Whether record x (a participation, founding or collaboration link) is active in the period: its
// own years (since–until, or year) overlap it, or, without them, the years of the project it leads
// to. A record without any year is undated: kept unless $hideUndated. Links of other types are
// timeless and always count.
$periodFrom IS NULL
OR NOT type(x) IN ['PARTICIPATES_IN', 'FOUNDED', 'COLLABORATES_WITH']
OR CASE
  WHEN coalesce(x.since, x.until, x.year) IS NOT NULL
    THEN coalesce(x.since, x.year, x.until) <= $periodTo AND coalesce(x.until, x.year, x.since) >= $periodFrom
  WHEN endNode(x):Project AND endNode(x).start IS NOT NULL
    THEN toInteger(left(toString(endNode(x).start), 4)) <= $periodTo
     AND toInteger(left(toString(coalesce(endNode(x).end, endNode(x).start)), 4)) >= $periodFrom
  ELSE NOT $hideUndated
END
