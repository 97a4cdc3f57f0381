import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PartnerModelState, PartnersRequestInput } from '../../../contract/index.ts';
import type { PartnerAnswer } from '../views/partners/types.ts';
import { usePeriodQuery } from '../period.ts';
import { apiFetch } from './fetch.ts';

// POST /api/partners reads: a query, cached by the question asked.

export type PartnerQuestion = PartnersRequestInput;

/** The question without its weights: who asks, or for what. */
const askerOf = (q: unknown) => {
  if (!q || typeof q !== 'object') return '';
  const { weights: _weights, ...rest } = q as PartnerQuestion;
  return JSON.stringify(rest);
};

/** The partners of a question, within the shell's period. */
export function usePartners(question: PartnerQuestion | undefined) {
  const period = usePeriodQuery();
  const asked = question && { ...question, ...period };
  return useQuery({
    queryKey: ['partners', asked],
    queryFn: ({ signal }) => apiFetch<PartnerAnswer>('/api/partners', { json: asked, signal }),
    enabled: asked !== undefined,
    // While new weights are scored, the list stays as it was instead of emptying: the same asker.
    placeholderData: (previous, previousQuery) => (previousQuery && askerOf(previousQuery.queryKey[1]) === askerOf(asked) ? previous : undefined),
  });
}

/**
 * While a question the ranking model would order is answered by the default weights (the model is
 * still training), asks the model's state every 10 s and asks the partners again once it is ready.
 */
export function useModelWhenReady(watch: boolean): void {
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: ['partners-model'],
    queryFn: ({ signal }) => apiFetch<PartnerModelState>('/api/partners/model', { signal }),
    enabled: watch,
    refetchInterval: (q) => (q.state.data?.state === 'training' ? 10_000 : false),
  });
  const ready = watch && data?.state === 'ready';
  useEffect(() => {
    if (ready) void client.invalidateQueries({ queryKey: ['partners'], exact: false });
  }, [ready, client]);
}
