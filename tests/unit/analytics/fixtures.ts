export { spearman } from '../../../server/analytics/rank-correlation.ts';
import type { Helix } from '../../../server/graph/model.ts';
import type { Elements } from '../../../server/analytics/elements.ts';
import { buildGraph, type AnalyticsGraph } from '../../../server/analytics/graph.ts';

export interface EdgeSpec {
  id?: string;
  type?: string;
  weight?: number;
}

/** Nodes as ids (type Actor) or [id, helix] pairs; edges as [source, target, extras?]. */
export function elementsOf(
  nodes: ReadonlyArray<string | readonly [string, Helix | undefined, string?]>,
  edges: ReadonlyArray<readonly [string, string, EdgeSpec?]>,
): Elements {
  return {
    nodes: nodes.map((node) => {
      const [id, helix, type] = typeof node === 'string' ? [node, undefined, undefined] : node;
      return { data: { id, label: id.toUpperCase(), type: type ?? 'Actor', ...(helix ? { helix } : {}) } };
    }),
    edges: edges.map(([source, target, spec = {}], i) => ({
      data: {
        id: spec.id ?? `e${i}`,
        source,
        target,
        type: spec.type ?? 'COLLABORATES_WITH',
        ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
      },
    })),
  };
}

export function graphOf(...args: Parameters<typeof elementsOf>): AnalyticsGraph {
  return buildGraph(elementsOf(...args));
}

/** xorshift32: a tiny PRNG for test data, deliberately not the one the code under test uses. */
export function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/**
 * A random connected graph: a random spanning tree over n nodes plus `extra` random edges
 * (duplicates and self-loops included on purpose: buildGraph must merge or drop them), with
 * integer weights 1–3.
 */
export function randomConnected(n: number, extra: number, seed: number): Elements {
  const rand = xorshift(seed);
  const pick = () => Math.floor(rand() * n);
  const edges: Array<[string, string, EdgeSpec]> = [];
  for (let v = 1; v < n; v++) edges.push([`v${Math.floor(rand() * v)}`, `v${v}`, { weight: 1 + Math.floor(rand() * 3) }]);
  for (let e = 0; e < extra; e++) edges.push([`v${pick()}`, `v${pick()}`, { weight: 1 + Math.floor(rand() * 3) }]);
  return elementsOf(
    Array.from({ length: n }, (_, i) => `v${i}`),
    edges,
  );
}

