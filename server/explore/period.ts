import type { Period, PeriodSummary, Undated } from '../../contract/index.ts';
import { int, type GraphLink, type Row } from '../db/rows.ts';
import type { GraphElements } from '../graph/elements.ts';

// The period of a request as the Cypher of cypher/period/ reads it, and the marks of its answer.

export interface PeriodInput {
  period?: Period | undefined;
  undated?: Undated | undefined;
}

/** The parameters of the period fragments ($periodFrom, $periodTo, $hideUndated). */
export function periodParams(input: PeriodInput = {}): Row {
  if (!input.period) return { periodFrom: null, periodTo: null, hideUndated: false };
  return { periodFrom: int(input.period.from), periodTo: int(input.period.to), hideUndated: input.undated === 'hide' };
}

export function periodSummary(input: PeriodInput = {}): PeriodSummary {
  return input.period ? { from: input.period.from, to: input.period.to, undated: input.undated ?? 'show' } : null;
}

/** Link types whose records carry years (since, until, year, or their project's start and end). */
export const DATED_TYPES: readonly string[] = ['COLLABORATES_WITH', 'PARTICIPATES_IN', 'FOUNDED'];

/** A link with its weight in the period (w, from cypher/period/link-weight.cypher) as its weight. */
export function weighted(r: GraphLink, w: unknown): GraphLink {
  if (typeof w !== 'number' || w === (r.properties.weight ?? 1)) return r;
  return { ...r, properties: { ...r.properties, weight: w } };
}

const hasYear = (data: Record<string, unknown>, keys: string[]) => keys.some((k) => data[k] !== undefined && data[k] !== null);

/**
 * Within a period, marks `undated: true` what the period could not place: projects without a
 * start, and participations, foundings and collaboration links without years (nor a dated project).
 */
export function markUndated<T extends GraphElements>(elements: T, input: PeriodInput = {}): T {
  if (!input.period) return elements;
  const datedProjects = new Set<string>();
  for (const n of elements.nodes) {
    if (n.data.type !== 'Project') continue;
    if (hasYear(n.data, ['start'])) datedProjects.add(n.data.id);
    else n.data.undated = true;
  }
  for (const e of elements.edges) {
    if (DATED_TYPES.includes(e.data.type) && !hasYear(e.data, ['since', 'until', 'year']) && !datedProjects.has(e.data.target)) e.data.undated = true;
  }
  return elements;
}
