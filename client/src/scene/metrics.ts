import type { GraphElements } from '../api/client.ts';

export const SIZE_METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'closeness', 'eigenvector', 'none'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
export const isSizeMetric = (s: string | null): s is SizeMetric => SIZE_METRICS.includes(s as SizeMetric);

/** The scene as POST /api/metrics reads it: ids, types, helices and positive weights only. */
export function metricsRequest(g: GraphElements): { elements: GraphElements } {
  const HELICES = new Set(['government', 'industry', 'academia', 'intermediary', 'civil_society']);
  return {
    elements: {
      nodes: g.nodes.map(({ data: n }) => ({ data: { id: n.id, label: n.label, type: n.type, ...(n.helix && HELICES.has(n.helix) ? { helix: n.helix } : {}) } })),
      edges: g.edges.map(({ data: e }) => ({
        data: { id: e.id, source: e.source, target: e.target, type: e.type, ...(typeof e.weight === 'number' && e.weight > 0 && Number.isFinite(e.weight) ? { weight: e.weight } : {}) },
      })),
    },
  };
}

/** Keeps the nodes and links that `visible` names. */
export function visibleScene(g: GraphElements, visible: { nodes: Set<string>; edges: Set<string> } | null): GraphElements {
  if (!visible) return g;
  return { nodes: g.nodes.filter((n) => visible.nodes.has(n.data.id)), edges: g.edges.filter((e) => visible.edges.has(e.data.id)) };
}
