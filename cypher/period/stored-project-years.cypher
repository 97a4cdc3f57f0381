// args: r
// The "start-end" years of the shared projects a collaboration pair carries, whatever their
// programme: projectYears (the generator and any import may write it), else the CORDIS import's
// lists per programme (fp7ProjectYears, h2020ProjectYears, horizonProjectYears) together; null when
// the pair stores none.
coalesce(r.projectYears, CASE
  WHEN coalesce(r.fp7ProjectYears, r.h2020ProjectYears, r.horizonProjectYears) IS NOT NULL
    THEN coalesce(r.fp7ProjectYears, []) + coalesce(r.h2020ProjectYears, []) + coalesce(r.horizonProjectYears, [])
END)
