import type { AnalyticsGraph } from './graph.ts';

/** Compressed adjacency (CSR) over node indices, for the hand-written traversals. */
export interface Adjacency {
  ids: string[];
  /** Neighbours of node i are neighbors[starts[i]] … neighbors[starts[i + 1] - 1]. */
  starts: Int32Array;
  neighbors: Int32Array;
}

export function adjacencyOf(graph: AnalyticsGraph): Adjacency {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const starts = new Int32Array(ids.length + 1);
  const neighbors = new Int32Array(2 * graph.size);
  let cursor = 0;
  ids.forEach((id, i) => {
    starts[i] = cursor;
    graph.forEachNeighbor(id, (neighbor) => {
      neighbors[cursor++] = index.get(neighbor) as number;
    });
  });
  starts[ids.length] = cursor;
  return { ids, starts, neighbors };
}

/** Connected components as lists of node indices, largest first. */
export function componentsOf(adj: Adjacency): number[][] {
  const n = adj.ids.length;
  const seen = new Uint8Array(n);
  const components: number[][] = [];
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    seen[root] = 1;
    const members = [root];
    for (let head = 0; head < members.length; head++) {
      const v = members[head]!;
      for (let j = adj.starts[v]!; j < adj.starts[v + 1]!; j++) {
        const w = adj.neighbors[j]!;
        if (!seen[w]) {
          seen[w] = 1;
          members.push(w);
        }
      }
    }
    components.push(members);
  }
  return components.sort((a, b) => b.length - a.length);
}
