import { z } from 'zod';

// A period of years for the exploring endpoints: `period=2015` or `period=2014-2016` (both ends
// included), and `undated=hide` to leave out records without years (kept and marked otherwise).
// What counts in a period is written once in cypher/period/ (README, "Periods").

export const PERIOD_MIN_YEAR = 1900;
export const PERIOD_MAX_YEAR = 2100;

export interface Period {
  from: number;
  to: number;
}

export const periodSchema = z
  .string()
  .max(20)
  .regex(/^\d{4}(-\d{4})?$/, 'must be a year (2015) or a range of years (2014-2016)')
  .transform((s, ctx): Period => {
    const [from, to = from] = s.split('-').map(Number) as [number, number?];
    if (from < PERIOD_MIN_YEAR || to > PERIOD_MAX_YEAR) ctx.addIssue({ code: 'custom', message: `years must lie between ${PERIOD_MIN_YEAR} and ${PERIOD_MAX_YEAR}` });
    if (from > to) ctx.addIssue({ code: 'custom', message: `must start no later than it ends (${from} is after ${to})` });
    return { from, to };
  });

export const UNDATED = ['show', 'hide'] as const;
export const undatedSchema = z.enum(UNDATED);

/** The query parameters every exploring endpoint takes (`undated`: `show` when left out). */
export const periodFields = { period: periodSchema.optional(), undated: undatedSchema.optional() };

/** A period as the answers repeat it: null without one. */
export const periodSummarySchema = z.object({ from: z.number(), to: z.number(), undated: undatedSchema }).nullable();

/** A period as the client writes it into a query string. */
export const periodText = (p: Period): string => (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`);

/** The first and second half of a period of two years or more (2014–2020: 2014–2017 and 2018–2020), for a shift-share; none for one year. */
export function halvesOf(p: Period): { a: Period; b: Period } | undefined {
  if (p.to <= p.from) return undefined;
  const mid = Math.floor((p.from + p.to) / 2);
  return { a: { from: p.from, to: mid }, b: { from: mid + 1, to: p.to } };
}

export type PeriodSummary = z.infer<typeof periodSummarySchema>;
export type Undated = (typeof UNDATED)[number];
