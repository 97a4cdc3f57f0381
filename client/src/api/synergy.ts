import { useQuery } from '@tanstack/react-query';
import type { SynergyAnswer } from '../../../contract/index.ts';
import { keepAcrossPeriods, usePeriodQuery } from '../period.ts';
import type { ScopeKind } from './analysis.ts';
import { apiFetch } from './fetch.ts';

/** Triple-helix synergy T(UIG) of a scope in the link's period (GET /api/synergy). */
export function useSynergy(scope: ScopeKind, id: string | undefined) {
  const period = usePeriodQuery();
  const queryKey = ['synergy', scope, id, period];
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => apiFetch<SynergyAnswer>('/api/synergy', { query: { scope, id: scope === 'all' ? undefined : id, ...period }, signal }),
    enabled: scope === 'all' || !!id,
    placeholderData: (previous, previousQuery) => keepAcrossPeriods(previous, previousQuery, queryKey),
  });
}
