import type { GraphElements } from '../api/client.ts';
import { degrees } from './merge.ts';

/** The overview's first screen holds this many nodes: enough to see the ecosystem's hubs, few enough to read. */
export const FIRST_SCREEN_NODES = 80;

/**
 * The `n` most connected nodes of `g` (ties by id, so a link always reopens the same screen) and
 * the links among them; `g` itself when it is hardly larger.
 */
export function mostConnected(g: GraphElements, n = FIRST_SCREEN_NODES): GraphElements {
  if (g.nodes.length <= n * 1.25) return g;
  const degree = degrees(g);
  const kept = new Set(
    [...g.nodes]
      .sort((a, b) => (degree.get(b.data.id) ?? 0) - (degree.get(a.data.id) ?? 0) || (a.data.id < b.data.id ? -1 : 1))
      .slice(0, n)
      .map((x) => x.data.id),
  );
  return { nodes: g.nodes.filter((x) => kept.has(x.data.id)), edges: g.edges.filter((e) => kept.has(e.data.source) && kept.has(e.data.target)) };
}
