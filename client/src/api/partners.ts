import { useQuery } from '@tanstack/react-query';
import type { PartnerAnswer, Weights } from '../views/partners/types.ts';
import { apiFetch } from './fetch.ts';

// POST /api/partners reads: a query, cached by the question asked.

export type PartnerQuestion =
  | { actor: string; weights: Weights; limit: number }
  | { actors: string[]; weights: Weights; limit: number }
  | { need: { sectors: string[]; technologies: string[]; regions: string[]; helix: string[] }; weights: Weights; limit: number };

export const usePartners = (question: PartnerQuestion | undefined) =>
  useQuery({
    queryKey: ['partners', question],
    queryFn: ({ signal }) => apiFetch<PartnerAnswer>('/api/partners', { json: question, signal }),
    enabled: question !== undefined,
  });
