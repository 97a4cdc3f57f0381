import { useQuery } from '@tanstack/react-query';
import type { PartnersRequestInput } from '../../../contract/index.ts';
import type { PartnerAnswer } from '../views/partners/types.ts';
import { apiFetch } from './fetch.ts';

// POST /api/partners reads: a query, cached by the question asked.

export type PartnerQuestion = PartnersRequestInput;

/** The question without its weights: who asks, or for what. */
const askerOf = (q: unknown) => {
  if (!q || typeof q !== 'object') return '';
  const { weights: _weights, ...rest } = q as PartnerQuestion;
  return JSON.stringify(rest);
};

export const usePartners = (question: PartnerQuestion | undefined) =>
  useQuery({
    queryKey: ['partners', question],
    queryFn: ({ signal }) => apiFetch<PartnerAnswer>('/api/partners', { json: question, signal }),
    enabled: question !== undefined,
    // While new weights are scored, the list stays as it was instead of emptying: the same asker.
    placeholderData: (previous, previousQuery) => (previousQuery && askerOf(previousQuery.queryKey[1]) === askerOf(question) ? previous : undefined),
  });
