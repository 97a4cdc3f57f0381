// Records of a dated kind without any year, beside the period control's histogram: projects
// without a start, and participations without years of their own nor a dated project.
RETURN
  COUNT { MATCH (p:Project) WHERE p.start IS NULL } AS projects,
  COUNT { MATCH (:Actor)-[x:PARTICIPATES_IN]->(:Project) WHERE NOT ({{PERIOD:record-dated(x)}}) } AS participations
