import { useMemo } from 'react';
import { z } from 'zod';
import { periodSchema, periodText, type Period, type Undated } from '../../contract/index.ts';
import { PERIOD, UNDATED_PARAM } from './search-params.ts';
import { useViewParams } from './router.ts';

// The period a person looks at (`?period=2014-2016&undated=hide`): set in the shell's period
// control, kept in every link like the language (router.ts, navigate), and sent by every data hook
// (client/src/api) to the endpoints that take it (README, "Periods").

export type { Period, Undated };

export const PeriodParams = z.object({
  [PERIOD]: periodSchema.optional().catch(undefined),
  [UNDATED_PARAM]: z.enum(['show', 'hide']).catch('show').default('show'),
});

/** The funding periods a preset button sets. */
export const PRESETS: { name: string; from: number; to: number }[] = [
  { name: 'FP7', from: 2007, to: 2013 },
  { name: 'H2020', from: 2014, to: 2020 },
  { name: 'Horizon Europe', from: 2021, to: 2027 },
];

/** The period's query parameters for the API (none without a period; `undated` only when hidden). */
export interface PeriodQuery {
  period?: string;
  undated?: Undated;
}
export const periodQueryOf = (period: Period | undefined, undated: Undated): PeriodQuery =>
  period ? { period: periodText(period), ...(undated === 'hide' ? { undated } : {}) } : {};

export function usePeriod() {
  const [params, setParams] = useViewParams(PeriodParams);
  const period = params[PERIOD];
  const undated = params[UNDATED_PARAM];
  const text = period ? periodText(period) : '';
  return {
    period,
    undated,
    // The same object while the link's period stays, whatever else of the link changes.
    query: useMemo(() => periodQueryOf(text ? period : undefined, undated), [text, undated]),
    setPeriod: (p: Period | undefined) => setParams({ [PERIOD]: p ? periodText(p) : undefined }),
    setUndated: (u: Undated) => setParams({ [UNDATED_PARAM]: u === 'hide' ? 'hide' : undefined }),
  };
}

/** The period's part of the API query, for the data hooks. */
export const usePeriodQuery = (): PeriodQuery => usePeriod().query;

/**
 * TanStack Query's placeholderData for a read keyed `[…, periodQuery]`: while another period of the
 * same question loads, the previous answer stays on screen (the slider and the play button redraw
 * instead of blanking the view); a different question starts empty.
 */
export function keepAcrossPeriods<T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined, key: readonly unknown[]): T | undefined {
  if (!previousQuery) return undefined;
  const question = (k: readonly unknown[]) => JSON.stringify(k.slice(0, -1));
  return question(previousQuery.queryKey) === question(key) ? previous : undefined;
}
