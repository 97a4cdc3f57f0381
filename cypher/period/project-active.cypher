// args: p
// Whether project p runs in the period ($periodFrom–$periodTo, years): its start year to its end
// year (the start year when it has no end) overlaps the period. A project without a start is
// undated: kept unless $hideUndated. Without a period every project counts.
$periodFrom IS NULL
OR CASE
  WHEN p.start IS NULL THEN NOT $hideUndated
  ELSE toInteger(left(toString(p.start), 4)) <= $periodTo
   AND toInteger(left(toString(coalesce(p.end, p.start)), 4)) >= $periodFrom
END
