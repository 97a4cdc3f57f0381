import { useQuery } from '@tanstack/react-query';
import type { PartnersRequestInput } from '../../../contract/index.ts';
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
