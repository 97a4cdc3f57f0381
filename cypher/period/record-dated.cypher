// args: x
// Whether a dated kind of record (a participation, a founding, a collaboration link) carries years:
// its own (since, until, year) or, for a participation or founding of a project, the project's start.
coalesce(x.since, x.until, x.year) IS NOT NULL
OR (endNode(x):Project AND endNode(x).start IS NOT NULL)
