import { useQuery, type QueryClient } from '@tanstack/react-query';
import { FIRST_SCREEN_NODES } from '../graph/first-screen.ts';
import { mergeElements } from '../graph/merge.ts';
import { keepAcrossPeriods, usePeriodQuery, type PeriodQuery } from '../period.ts';
import type { GraphElements, Health } from './client.ts';
import { apiFetch } from './fetch.ts';
import type { NodeAnswer, Overview, Scene, SearchAnswer } from './types.ts';

// Reads of the explorer: health, overview, search, a node's details, neighbourhoods.

/** POST /api/expand takes at most 50 ids. */
export const MAX_EXPAND_IDS = 50;

export const useHealth = () => useQuery({ queryKey: ['health'], queryFn: ({ signal }) => apiFetch<Health>('/api/health', { signal, accept: [503] }), retry: false });

const expandKey = (ids: string[], period: PeriodQuery) => ['expand', ids, period] as const;
const expandOnce = (ids: string[], period: PeriodQuery, signal?: AbortSignal, labels?: string[]) =>
  apiFetch<Scene>('/api/expand', { json: { ids, hops: 1, ...(labels ? { labels } : {}), ...period }, signal });

/**
 * The neighbourhood of `ids`. Actors are mostly active in sub-sectors and located in sub-regions,
 * so a sector or region whose own neighbourhood holds no actor also brings the actors of its parts
 * (linked to those parts, which link to it).
 */
async function fetchExpand(ids: string[], period: PeriodQuery, signal?: AbortSignal): Promise<Scene> {
  const answer = await expandOnce(ids, period, signal);
  if (answer.nodes.some((n) => n.data.type === 'Actor')) return answer;
  const wanted = new Set(ids.filter((id) => id.startsWith('Sector:') || id.startsWith('Region:')));
  const parts = answer.edges
    .filter((e) => e.data.type.startsWith('PART_OF') && wanted.has(e.data.target) && e.data.source.split(':')[0] === e.data.target.split(':')[0])
    .map((e) => e.data.source);
  if (parts.length === 0) return answer;
  const actors = await expandOnce([...new Set(parts)].slice(0, MAX_EXPAND_IDS), period, signal, ['Actor', 'Sector', 'Region']);
  const merged = mergeElements(answer, actors);
  return { ...merged, summary: { ...answer.summary, nodes: merged.nodes.length, edges: merged.edges.length } } as Scene;
}

/** One node's neighbourhood in the period, through the cache (the canvas asks for it on double-click). */
export const expandNode = (client: QueryClient, id: string, period: PeriodQuery): Promise<GraphElements> =>
  client.fetchQuery({ queryKey: expandKey([id], period), queryFn: ({ signal }) => fetchExpand([id], period, signal) });

/** The explorer's scene; on the overview's first screen, how many nodes it shows of how many. */
export type ExplorerScene = Scene & { firstScreen?: { shown: number; all: number } };

/**
 * The explorer's scene: the neighbourhood of `ids`, or else the overview with the nodes in `exp`
 * expanded, each as the canvas expanded it (one request per node, merged). Unless `all`, the
 * server cuts the overview to its most connected nodes, so the first screen reads at a glance.
 */
export function useExplorerScene(ids: string[], exp: string[], all = false) {
  const period = usePeriodQuery();
  const queryKey = ['explorer-scene', ids, exp, all, period];
  return useQuery({
    queryKey,
    queryFn: async ({ signal }): Promise<ExplorerScene> => {
      if (ids.length) return fetchExpand(ids.slice(-MAX_EXPAND_IDS), period, signal);
      const answer = await apiFetch<Overview>('/api/overview', { query: { ...period, ...(all ? {} : { limit: FIRST_SCREEN_NODES }) }, signal });
      const overview: ExplorerScene = all || !answer.summary.truncated ? answer : { ...answer, firstScreen: { shown: answer.nodes.length, all: answer.summary.total } };
      const expanded = exp.slice(-MAX_EXPAND_IDS);
      if (expanded.length === 0) return overview;
      const more = await Promise.all(expanded.map((id) => fetchExpand([id], period, signal)));
      // counts come from the merged scene, not the overview's summary
      return { ...mergeElements(overview, ...more), ...(overview.firstScreen ? { firstScreen: overview.firstScreen } : {}) };
    },
    placeholderData: (previous, previousQuery) => keepAcrossPeriods(previous, previousQuery, queryKey),
  });
}

export const useSearch = (q: string, types: string | undefined, limit = 12) =>
  useQuery({
    queryKey: ['search', q, types, limit],
    queryFn: ({ signal }) => apiFetch<SearchAnswer>('/api/search', { query: { q, types, limit }, signal }),
    enabled: q.length >= 2,
  });

export const useNodeDetails = (id: string | null) =>
  useQuery({
    queryKey: ['node', id],
    queryFn: ({ signal }) => apiFetch<NodeAnswer>(`/api/nodes/${encodeURIComponent(id!)}`, { signal }),
    enabled: id !== null,
  });
