import type { Adjacency } from './adjacency.ts';

/**
 * Local clustering coefficient per node index: the share of pairs of a node's neighbours that
 * are themselves tied (unweighted; 0 for nodes with fewer than two neighbours).
 */
export function localClustering(adj: Adjacency): Float64Array {
  const n = adj.ids.length;
  const result = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const start = adj.starts[v]!;
    const end = adj.starts[v + 1]!;
    const degree = end - start;
    if (degree < 2) continue;
    for (let j = start; j < end; j++) mark[adj.neighbors[j]!] = v;
    // Each triangle through v is seen twice, once from each of the two neighbours.
    let closed = 0;
    for (let j = start; j < end; j++) {
      const u = adj.neighbors[j]!;
      for (let i = adj.starts[u]!; i < adj.starts[u + 1]!; i++) {
        if (mark[adj.neighbors[i]!] === v) closed++;
      }
    }
    result[v] = closed / (degree * (degree - 1));
  }
  return result;
}
