import { useQuery } from '@tanstack/react-query';
import type { EcosystemReport } from '../../../contract/index.ts';
import { usePeriodQuery } from '../period.ts';
import { apiFetch } from './fetch.ts';

export type { EcosystemReport };
export type ReportScope = EcosystemReport['scope']['kind'];

/** The data of a sector's or region's ecosystem report, in the period of the link. */
export function useReport(scope: ReportScope, id: string | undefined, lang: 'en' | 'nl') {
  const period = usePeriodQuery();
  return useQuery({
    queryKey: ['report', scope, id, lang, period],
    queryFn: ({ signal }) => apiFetch<EcosystemReport>('/api/report', { query: { scope, id, lang, ...period }, signal }),
    enabled: !!id,
  });
}
