import { useMemo } from 'react';
import { useMetrics } from '../api/analysis.ts';
import { HELICES } from '../../../contract/index.ts';
import type { GraphElements } from '../api/client.ts';

export const SIZE_METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'closeness', 'eigenvector', 'none'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
export const isSizeMetric = (s: string | null): s is SizeMetric => SIZE_METRICS.includes(s as SizeMetric);
/** POST /api/metrics takes at most this many nodes. */
export const METRICS_LIMIT = 5000;
/** Degree is counted on the scene itself; the others come from the server. */
export const needsServerMetrics = (sizeBy: SizeMetric) => sizeBy !== 'degree' && sizeBy !== 'none';

/**
 * Metrics of the scene on the canvas, asked for only when the nodes are sized by one the server
 * computes (not by degree, not when groups are drawn, which are sized by their members): a
 * 5,000-node scene costs the server seconds of work, and every expand or hide changes the scene.
 */
export function useSceneMetrics(scene: GraphElements, sizeBy: SizeMetric, grouped: boolean) {
  const wanted = needsServerMetrics(sizeBy) && !grouped;
  const body = useMemo(() => (wanted && scene.nodes.length > 0 && scene.nodes.length <= METRICS_LIMIT ? metricsRequest(scene) : undefined), [scene, wanted]);
  return useMetrics(body);
}

/** The scene as POST /api/metrics reads it: ids, types, helices and positive weights only. */
export function metricsRequest(g: GraphElements): { elements: GraphElements } {
  const helices = new Set<string>(HELICES);
  return {
    elements: {
      nodes: g.nodes.map(({ data: n }) => ({ data: { id: n.id, label: n.label, type: n.type, ...(n.helix && helices.has(n.helix) ? { helix: n.helix } : {}) } })),
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
