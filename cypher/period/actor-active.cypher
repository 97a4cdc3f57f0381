// args: a
// Whether actor a belongs to the period: it has a dated participation, founding or collaboration
// active in the period, or it has none with years at all (undated: kept unless $hideUndated).
// Scopes apply it to every actor they hold (server/db/queries.ts).
$periodFrom IS NULL
OR EXISTS { (a)-[x:PARTICIPATES_IN|FOUNDED|COLLABORATES_WITH]-() WHERE ({{PERIOD:record-dated(x)}}) AND ({{PERIOD:record-active(x)}}) }
OR (NOT $hideUndated AND NOT EXISTS { (a)-[x:PARTICIPATES_IN|FOUNDED|COLLABORATES_WITH]-() WHERE {{PERIOD:record-dated(x)}} })
