import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GraphElements } from './client.ts';
import type { PathsQueryInput } from '../../../contract/index.ts';
import { keepAcrossPeriods, usePeriodQuery } from '../period.ts';
import { apiFetch } from './fetch.ts';
import type { ActivityYears, AlignmentAnswer, CompareAnswer, HelixYears, MetricsAnswer, PathsAnswer, Scene, SectorProfile, SharedAnswer, TripleHelixAnswer } from './types.ts';

// Reads of the analysis views: triple helix, cross-sector, paths, metrics, sector profile, alignment.
// Each read of a scope or the graph asks for the period of the link (period.ts), the period last in
// its key, and keeps its previous answer on screen while another period of it loads.

export type ScopeKind = 'all' | 'sector' | 'region' | 'policy' | 'project';

export function useTripleHelix(scope: ScopeKind, id: string | undefined) {
  const period = usePeriodQuery();
  const queryKey = ['triple-helix', scope, id, period];
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => apiFetch<TripleHelixAnswer>('/api/triple-helix', { query: { scope, id: scope === 'all' ? undefined : id, ...period }, signal }),
    enabled: scope === 'all' || !!id,
    placeholderData: (previous, previousQuery) => keepAcrossPeriods(previous, previousQuery, queryKey),
  });
}

/** The scope's triple-helix figures year by year: in `years` (the period's or the data's) when given. */
export function useHelixYears(scope: ScopeKind, id: string | undefined, years: string | undefined) {
  const { undated } = usePeriodQuery();
  return useQuery({
    queryKey: ['triple-helix-years', scope, id, years, undated],
    queryFn: ({ signal }) => apiFetch<HelixYears>('/api/triple-helix/years', { query: { scope, id: scope === 'all' ? undefined : id, period: years, undated }, signal }),
    enabled: scope === 'all' || !!id,
  });
}

export function useCrossSector(level: 'sector' | 'subsector') {
  const period = usePeriodQuery();
  const queryKey = ['cross-sector', level, period];
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => apiFetch<Scene>('/api/cross-sector', { query: { level, ...period }, signal }),
    placeholderData: (previous, previousQuery) => keepAcrossPeriods(previous, previousQuery, queryKey),
  });
}

export function useShared(pair: { source: string; target: string } | undefined) {
  const period = usePeriodQuery();
  return useQuery({
    queryKey: ['cross-sector-shared', pair?.source, pair?.target, period],
    queryFn: ({ signal }) => apiFetch<SharedAnswer>('/api/cross-sector/shared', { query: { a: pair!.source, b: pair!.target, ...period }, signal }),
    enabled: !!pair,
  });
}

export function usePaths(q: PathsQueryInput | null) {
  const period = usePeriodQuery();
  return useQuery({
    queryKey: ['paths', q, period],
    queryFn: ({ signal }) => apiFetch<PathsAnswer>('/api/paths', { query: { ...q!, ...period }, signal }),
    enabled: q !== null,
  });
}

/** One scope in periods a and b (GET /api/compare). */
export const useCompare = (q: { scope: ScopeKind; id: string | undefined; a: string; b: string; undated?: string } | null) =>
  useQuery({
    queryKey: ['compare', q],
    queryFn: ({ signal }) => apiFetch<CompareAnswer>('/api/compare', { query: { ...q!, id: q!.scope === 'all' ? undefined : q!.id }, signal }),
    enabled: q !== null && (q.scope === 'all' || !!q.id),
  });

/** Projects and participations per year (the period control's histogram). */
export const useActivityYears = () => useQuery({ queryKey: ['activity-years'], queryFn: ({ signal }) => apiFetch<ActivityYears>('/api/activity/years', { signal }) });

/** Metrics of the scene on the canvas (a POST that reads: cached by the scene it was asked for). */
export const useMetrics = (body: { elements: GraphElements } | undefined) =>
  useQuery({
    queryKey: ['metrics', body],
    queryFn: ({ signal }) => apiFetch<MetricsAnswer>('/api/metrics', { json: body, signal }),
    enabled: body !== undefined,
    placeholderData: keepPreviousData,
  });

export function useSectorProfile(id: string | undefined) {
  const period = usePeriodQuery();
  return useQuery({
    queryKey: ['sector-profile', id, period],
    queryFn: ({ signal }) => apiFetch<SectorProfile>(`/api/sectors/${encodeURIComponent(id!)}/profile`, { query: { ...period }, signal }),
    enabled: !!id,
  });
}

export const useAlignment = (rows: 'policies' | 'regions') =>
  useQuery({ queryKey: ['alignment', rows], queryFn: ({ signal }) => apiFetch<AlignmentAnswer>('/api/alignment', { query: { rows }, signal }) });
