import type { GraphElements } from '../api/client.ts';

/** The union of scenes; the first occurrence of an element id wins. */
export function mergeElements(...scenes: GraphElements[]): GraphElements {
  const nodes = new Map<string, GraphElements['nodes'][number]>();
  const edges = new Map<string, GraphElements['edges'][number]>();
  for (const s of scenes) {
    for (const n of s.nodes) if (!nodes.has(n.data.id)) nodes.set(n.data.id, n);
    for (const e of s.edges) if (!edges.has(e.data.id)) edges.set(e.data.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target)) };
}

/** Number of links at each node. */
export function degrees(g: GraphElements): Map<string, number> {
  const d = new Map<string, number>(g.nodes.map((n) => [n.data.id, 0]));
  for (const { data: e } of g.edges) {
    d.set(e.source, (d.get(e.source) ?? 0) + 1);
    d.set(e.target, (d.get(e.target) ?? 0) + 1);
  }
  return d;
}
