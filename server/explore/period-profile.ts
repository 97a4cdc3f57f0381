import type { PeriodInput } from './period.ts';

/**
 * The collaboration ties of the whole graph grouped by everything their weight in a period depends
 * on (cypher/queries/analytics-period-profile.cypher): the whole-graph job stores these groups, and
 * the triple helix of everything in a period weighs them here instead of reading every tie again.
 * [helix of the source, helix of the target, since, until, year, weight, from projects,
 * "start-end" years of the shared projects (null: none known), number of ties].
 */
export type ProfileGroup = [g: string | null, h: string | null, since: number | null, until: number | null, year: number | null, weight: number, project: boolean, spans: string[] | null, ties: number];

/** The stored profile: the dated ties grouped, and the element ids of the ties without years (checked as asked). */
export interface PeriodProfile {
  groups: ProfileGroup[];
  undated: string[];
}

/** A tie row of the helix matrix, as cypher/queries/scope-helix-ties.cypher returns them. */
export interface TieRow {
  g: unknown;
  h: unknown;
  ties: number;
  weight: number;
}

const yearOrNull = (v: unknown): v is number | null => v === null || v === undefined || Number.isInteger(v);

/**
 * The groups of the profile query's rows, or null when a tie has years or a weight that are not
 * plain numbers: Cypher compares those in ways not worth copying, so such a graph is counted where it is.
 */
export function profileGroups(rows: Record<string, unknown>[]): ProfileGroup[] | null {
  const groups: ProfileGroup[] = [];
  for (const r of rows) {
    const { g, h, since, until, year, weight, project, spans, ties } = r;
    if (!yearOrNull(since) || !yearOrNull(until) || !yearOrNull(year) || typeof weight !== 'number' || typeof ties !== 'number') return null;
    if (spans !== null && spans !== undefined && !(Array.isArray(spans) && spans.every((s) => typeof s === 'string'))) return null;
    groups.push([typeof g === 'string' ? g : null, typeof h === 'string' ? h : null, since ?? null, until ?? null, year ?? null, weight, project === true, (spans as string[] | null | undefined) ?? null, ties]);
  }
  return groups;
}

const spanStart = (s: string) => Number(s.slice(0, 4));
const spanEnd = (s: string) => Number(s.slice(-4));

/** A group's weight in the period from–to, as cypher/period/link-weight.cypher gives each of its ties (0: it does not count there). */
export function weightIn(group: ProfileGroup, from: number, to: number, hideUndated: boolean): number {
  const [, , since, until, year, weight, project, spans] = group;
  const start = since ?? until;
  const end = until ?? since;
  if (start !== null && end !== null) {
    if (start > to || end < from) return 0;
    if (start >= from && end <= to) return weight;
    if (project && spans) return spans.filter((s) => spanStart(s) <= to && spanEnd(s) >= from).length;
    return weight;
  }
  if (year !== null) return year <= to && year >= from ? weight : 0;
  return hideUndated ? 0 : weight;
}

/** The tie rows of the whole graph in the period (one per group that counts there), for the helix matrix. */
export function periodTieRows(groups: readonly ProfileGroup[], input: PeriodInput): TieRow[] {
  const period = input.period;
  const hide = input.undated === 'hide';
  const rows: TieRow[] = [];
  for (const group of groups) {
    const w = period ? weightIn(group, period.from, period.to, hide) : group[5];
    if (w > 0) rows.push({ g: group[0], h: group[1], ties: group[8], weight: w * group[8] });
  }
  return rows;
}
