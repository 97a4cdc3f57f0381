import { z } from 'zod';
import type { GraphElements } from '../api/client.ts';
import { list, num } from '../search-params.ts';

// Filters applied to the scene on the canvas: which nodes and links stay visible, with counts.

export interface Filters {
  helix: string[];
  kind: string[];
  sector: string[];
  technology: string[];
  region: string[];
  relType: string[];
  minWeight: number | null;
}

export const NO_FILTERS: Filters = { helix: [], kind: [], sector: [], technology: [], region: [], relType: [], minWeight: null };

const LIST_PARAMS = { helix: 'helix', kind: 'kind', sector: 'sector', technology: 'tech', region: 'region', relType: 'rel' } as const;
type ListKey = keyof typeof LIST_PARAMS;

/** The filters in the URL: a comma-separated list per dimension, and `minw`. */
export const FilterParams = z.object({ helix: list(), kind: list(), sector: list(), tech: list(), region: list(), rel: list(), minw: num() });
export type FilterParams = z.infer<typeof FilterParams>;

export function filtersFromParams(p: FilterParams): Filters {
  return { helix: p.helix, kind: p.kind, sector: p.sector, technology: p.tech, region: p.region, relType: p.rel, minWeight: p.minw ?? null };
}

export function filtersToParams(f: Filters): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { minw: f.minWeight === null ? undefined : String(f.minWeight) };
  for (const [key, name] of Object.entries(LIST_PARAMS) as [ListKey, string][]) out[name] = f[key].length ? f[key].join(',') : undefined;
  return out;
}

export const isFiltering = (f: Filters) => f.minWeight !== null || Object.keys(LIST_PARAMS).some((k) => f[k as ListKey].length > 0);

export interface FilterResult {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Helix and kind narrow actors (other nodes pass); sector, technology and region keep the chosen
 * nodes and the nodes linked to them; relationship type and minimum weight narrow links (a link
 * without a weight counts as 1). Links only stay between visible nodes.
 */
export function applyFilters(g: GraphElements, f: Filters): FilterResult {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  };
  for (const { data: e } of g.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const near = (id: string, chosen: string[]) => chosen.includes(id) || chosen.some((c) => neighbours.get(c)?.has(id));
  const nodes = new Set<string>();
  for (const { data: n } of g.nodes) {
    const actor = n.type === 'Actor';
    if (actor && f.helix.length && !f.helix.includes(String(n.helix))) continue;
    if (actor && f.kind.length && !f.kind.includes(String(n.kind))) continue;
    if (f.sector.length && !near(n.id, f.sector)) continue;
    if (f.technology.length && !near(n.id, f.technology)) continue;
    if (f.region.length && !near(n.id, f.region)) continue;
    nodes.add(n.id);
  }
  const edges = new Set<string>();
  for (const { data: e } of g.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    if (f.relType.length && !f.relType.includes(e.type)) continue;
    if (f.minWeight !== null && (typeof e.weight === 'number' ? e.weight : 1) < f.minWeight) continue;
    edges.add(e.id);
  }
  return { nodes, edges };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The values each filter can take in this scene, with how many nodes or links carry them. */
export function filterOptions(g: GraphElements): Record<'helix' | 'kind' | 'sector' | 'technology' | 'region' | 'relType', FilterOption[]> {
  const count = (m: Map<string, FilterOption>, value: string, label = value) => {
    const o = m.get(value) ?? { value, label, count: 0 };
    o.count++;
    m.set(value, o);
  };
  const maps = { helix: new Map(), kind: new Map(), sector: new Map(), technology: new Map(), region: new Map(), relType: new Map() } as Record<
    'helix' | 'kind' | 'sector' | 'technology' | 'region' | 'relType',
    Map<string, FilterOption>
  >;
  const degree = new Map<string, number>();
  for (const { data: e } of g.edges) {
    count(maps.relType, e.type);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const byType: Record<string, 'sector' | 'technology' | 'region'> = { Sector: 'sector', Technology: 'technology', Region: 'region' };
  for (const { data: n } of g.nodes) {
    if (n.type === 'Actor') {
      if (n.helix) count(maps.helix, String(n.helix));
      if (n.kind) count(maps.kind, String(n.kind));
    }
    const dim = byType[n.type];
    if (dim) maps[dim].set(n.id, { value: n.id, label: n.label, count: degree.get(n.id) ?? 0 });
  }
  const sorted = (m: Map<string, FilterOption>) => [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    helix: sorted(maps.helix),
    kind: sorted(maps.kind),
    sector: sorted(maps.sector),
    technology: sorted(maps.technology),
    region: sorted(maps.region),
    relType: sorted(maps.relType),
  };
}
