import type { Adjacency } from './adjacency.ts';

/**
 * Core number of every node (the largest k such that the node belongs to a subgraph in which every
 * node has at least k neighbours), by Batagelj & Zaversnik's O(m) peeling (2003, "An O(m) algorithm
 * for cores decomposition of networks"). No graphology package provides it.
 */
export function coreNumbers(adj: Adjacency): Int32Array {
  const n = adj.ids.length;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = adj.starts[v + 1]! - adj.starts[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  // Nodes sorted by degree with a bin sort; pos[v] is v's place in `order`, bin[d] the first place of degree d.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[degree[v]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const order = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[degree[v]!]!;
    order[pos[v]!] = v;
    bin[degree[v]!]!++;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    for (let j = adj.starts[v]!; j < adj.starts[v + 1]!; j++) {
      const u = adj.neighbors[j]!;
      if (degree[u]! > degree[v]!) {
        // move u to the front of its bin, then shrink its degree by one
        const du = degree[u]!;
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = order[pw]!;
        if (u !== w) {
          order[pu] = w;
          pos[w] = pu;
          order[pw] = u;
          pos[u] = pw;
        }
        bin[du]!++;
        degree[u]!--;
      }
    }
  }
  return degree;
}
