import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GraphElements } from './client.ts';
import type { PathsQueryInput } from '../../../contract/index.ts';
import { apiFetch } from './fetch.ts';
import type { AlignmentAnswer, MetricsAnswer, PathsAnswer, Scene, SectorProfile, SharedAnswer, TripleHelixAnswer } from './types.ts';

// Reads of the analysis views: triple helix, cross-sector, paths, metrics, sector profile, alignment.

export type ScopeKind = 'all' | 'sector' | 'region' | 'policy' | 'project';

export const useTripleHelix = (scope: ScopeKind, id: string | undefined) =>
  useQuery({
    queryKey: ['triple-helix', scope, id],
    queryFn: ({ signal }) => apiFetch<TripleHelixAnswer>('/api/triple-helix', { query: { scope, id: scope === 'all' ? undefined : id }, signal }),
    enabled: scope === 'all' || !!id,
  });

export const useCrossSector = (level: 'sector' | 'subsector') =>
  useQuery({ queryKey: ['cross-sector', level], queryFn: ({ signal }) => apiFetch<Scene>('/api/cross-sector', { query: { level }, signal }) });

export const useShared = (pair: { source: string; target: string } | undefined) =>
  useQuery({
    queryKey: ['cross-sector-shared', pair?.source, pair?.target],
    queryFn: ({ signal }) => apiFetch<SharedAnswer>('/api/cross-sector/shared', { query: { a: pair!.source, b: pair!.target }, signal }),
    enabled: !!pair,
  });

export const usePaths = (q: PathsQueryInput | null) =>
  useQuery({
    queryKey: ['paths', q],
    queryFn: ({ signal }) => apiFetch<PathsAnswer>('/api/paths', { query: { ...q! }, signal }),
    enabled: q !== null,
  });

/** Metrics of the scene on the canvas (a POST that reads: cached by the scene it was asked for). */
export const useMetrics = (body: { elements: GraphElements } | undefined) =>
  useQuery({
    queryKey: ['metrics', body],
    queryFn: ({ signal }) => apiFetch<MetricsAnswer>('/api/metrics', { json: body, signal }),
    enabled: body !== undefined,
    placeholderData: keepPreviousData,
  });

export const useSectorProfile = (id: string | undefined) =>
  useQuery({
    queryKey: ['sector-profile', id],
    queryFn: ({ signal }) => apiFetch<SectorProfile>(`/api/sectors/${encodeURIComponent(id!)}/profile`, { signal }),
    enabled: !!id,
  });

export const useAlignment = (rows: 'policies' | 'regions') =>
  useQuery({ queryKey: ['alignment', rows], queryFn: ({ signal }) => apiFetch<AlignmentAnswer>('/api/alignment', { query: { rows }, signal }) });
