import { HELIX_YEARS_MAX, type ActivityYears, type Period } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { Invalid } from '../domain-errors.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { jsonOf } from './metrics.ts';
import type { PeriodInput } from './period.ts';
import { scopeGraph, type Scope } from './scope.ts';

// The data's years: activity per year (the period control's histogram) and a scope's
// triple-helix figures year by year (the small multiples).

export async function activityYears(db: GraphDb): Promise<ActivityYears> {
  return db.reading(async (read) => {
    const years = await read.rows<ActivityYears['years'][number]>('activity-years');
    const [undated] = await read.rows<ActivityYears['undated']>('activity-undated');
    return { years, undated: undated ?? { projects: 0, participations: 0 } };
  });
}

/** The years a series covers: the period asked for, else the years the data is active in. */
async function yearsOf(db: GraphDb, period: Period | undefined): Promise<Period | null> {
  if (period) return period;
  const { years } = await activityYears(db);
  return years.length ? { from: years[0]!.year, to: years[years.length - 1]!.year } : null;
}

/**
 * The scope in each year of the period, as /api/triple-helix reads it with `period=<year>`, and
 * the triple-helix figures of each year computed in the analysis pool; JSON text.
 */
export async function helixYears(db: GraphDb, pool: AnalysisPool, scope: Scope, id: string | undefined, limit: number, cancel: AbortSignal | undefined, input: PeriodInput): Promise<string> {
  const span = await yearsOf(db, input.period);
  if (span && span.to - span.from + 1 > HELIX_YEARS_MAX) throw new Invalid('period', `may span at most ${HELIX_YEARS_MAX} years for a series (${span.from}-${span.to} spans ${span.to - span.from + 1})`);
  const graphs = [];
  for (let year = span?.from ?? 0; span && year <= span.to; year++) {
    if (cancel?.aborted) break;
    graphs.push({ year, graph: await scopeGraph(db, scope, id, limit, { period: { from: year, to: year }, undated: input.undated }) });
  }
  const period = span ? { ...span, undated: input.undated ?? 'show' } : null;
  return jsonOf(await pool.run({ kind: 'helix-years', input: { scope: { scope, id: id ?? null }, period, graphs } }, cancel));
}
