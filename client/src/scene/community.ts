import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { GraphElements } from '../api/client.ts';

/** Louvain communities of the scene (undirected, links merged), for grouping large scenes. */
export function communities(g: GraphElements): Map<string, number> {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const { data: n } of g.nodes) graph.mergeNode(n.id);
  for (const { data: e } of g.edges) if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.mergeEdge(e.source, e.target);
  return new Map(Object.entries(louvain(graph, { rng: mulberry(7) })));
}

// A seeded generator, so the same scene gives the same groups every time.
function mulberry(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
