import { HELICES, HELIX_YEARS_MAX, type HelixYear, type HelixYears, type Period, type Scope } from '../../contract/index.ts';
import { eiIndex } from '../analytics/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int } from '../db/rows.ts';
import { Invalid } from '../domain-errors.ts';
import { isMemoryLimit } from '../http/problem.ts';
import { activityYears } from './activity.ts';
import { resolveNodeIds } from './node-ids.ts';
import type { PeriodInput } from './period.ts';

// A scope's triple-helix figures year by year (the small multiples), counted in Neo4j by one
// grouped query (cypher/queries/scope-years.cypher) instead of reading the scope's graph once a
// year and analysing each: the series needs only counts, not the graphs.

interface YearRow {
  year: number;
  actors: number;
  ties: { a: string; b: string; ties: number }[];
}

type Matrix = HelixYear['matrix'];

/** The figures of one year from its counts: the helix matrix, its totals, cross-helix share and E-I. */
export function yearFigures(row: YearRow): HelixYear {
  const matrix = Object.fromEntries(HELICES.map((h) => [h, Object.fromEntries(HELICES.map((k) => [k, 0]))])) as Matrix;
  let ties = 0;
  let crossTies = 0;
  for (const { a, b, ties: n } of row.ties) {
    if (!(a in matrix) || !(b in matrix)) continue;
    const g = a as keyof Matrix;
    const h = b as keyof Matrix;
    ties += n;
    matrix[g][h] += n;
    if (g === h) continue;
    matrix[h][g] += n;
    crossTies += n;
  }
  return { year: row.year, actors: row.actors, matrix, ties, crossTies, crossShare: ties ? crossTies / ties : null, ei: eiIndex(crossTies, ties - crossTies) };
}

/** The years a series covers: the period asked for, else the years the data is active in. */
async function yearsOf(db: GraphDb, period: Period | undefined): Promise<Period | null> {
  if (period) return period;
  const { years } = await activityYears(db);
  return years.length ? { from: years[0]!.year, to: years[years.length - 1]!.year } : null;
}

/** The scope's counts in the given years, by one query in one read transaction. */
async function countsIn(db: GraphDb, scope: Scope, id: string | undefined, years: number[], input: PeriodInput): Promise<YearRow[]> {
  return db.reading(async (read) => {
    const eid = scope === 'all' || !id ? null : (await resolveNodeIds(read, [id], 'id')).get(id)!;
    return read.rows<YearRow>({ name: 'scope-years', scope, yearly: true }, { eid, years: years.map(int), hideUndated: input.undated === 'hide' });
  });
}

/**
 * The triple-helix figures of a scope in each year of the period (else of the years the data is
 * active in), each year's actors and ties as /api/triple-helix reads them with that year as
 * period, all of them (no cut). All years in one query; when that needs more memory than a
 * transaction may use, one query a year.
 */
export async function helixYears(db: GraphDb, scope: Scope, id: string | undefined, input: PeriodInput, cancel?: AbortSignal): Promise<HelixYears> {
  const span = await yearsOf(db, input.period);
  if (span && span.to - span.from + 1 > HELIX_YEARS_MAX) throw new Invalid('period', `may span at most ${HELIX_YEARS_MAX} years for a series (${span.from}-${span.to} spans ${span.to - span.from + 1})`);
  const head = { scope: { scope, id: id ?? null }, period: span ? { ...span, undated: input.undated ?? 'show' } : null };
  if (!span) return { ...head, years: [] };
  const years = Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
  let rows: YearRow[];
  try {
    rows = await countsIn(db, scope, id, years, input);
  } catch (err) {
    if (!isMemoryLimit(err)) throw err;
    rows = [];
    for (const year of years) {
      if (cancel?.aborted) break;
      rows.push(...(await countsIn(db, scope, id, [year], input)));
    }
  }
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return { ...head, years: years.map((year) => yearFigures(byYear.get(year) ?? { year, actors: 0, ties: [] })) };
}
