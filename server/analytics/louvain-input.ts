import type { UndirectedGraph } from 'graphology';

/** Ties as index arrays: tie t joins a[t] and b[t] with weight w[t]. */
export interface TieArrays {
  a: Int32Array;
  b: Int32Array;
  w: Float64Array;
}

type Weighted = UndirectedGraph<Record<string, never>, { weight: number }>;

const readOnly = (): never => {
  throw new Error('the Louvain input is read-only');
};

/**
 * The ties as graphology-communities-louvain reads a graph, without building one. Its undirected
 * index reads only the order and size of the graph, each node's degree, and every node and edge
 * once, in order; these are answered from the arrays, nodes keyed by their index ("0", "1", …) and
 * edges in tie order, as the graph built from the same ties (nodes in index order) would answer
 * them, so that Louvain walks the same index and draws the same random numbers: the same
 * communities. On 100,000 actors and 453,000 ties building the graphology graph cost more CPU than
 * Louvain itself. tests/unit/analytics/whole-graph.test.ts checks the equality on random graphs.
 */
export function louvainInput(n: number, ties: TieArrays): Weighted {
  const degree = new Int32Array(n);
  for (let t = 0; t < ties.a.length; t++) {
    degree[ties.a[t]!]!++;
    degree[ties.b[t]!]!++;
  }
  const attributes = { weight: 0 };
  const none = {};
  const input = {
    type: 'undirected',
    multi: false,
    order: n,
    size: ties.a.length,
    directedSize: 0,
    undirectedSize: ties.a.length,
    selfLoopCount: 0,
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
    forEachNode(callback: (node: string, attributes: object) => void) {
      for (let i = 0; i < n; i++) callback(String(i), none);
    },
    undirectedDegreeWithoutSelfLoops: (node: string) => degree[Number(node)]!,
    forEachEdge(callback: (edge: string, attributes: { weight: number }, source: string, target: string, sa: object, ta: object, undirected: boolean) => void) {
      for (let t = 0; t < ties.a.length; t++) {
        attributes.weight = ties.w[t]!;
        callback(String(t), attributes, String(ties.a[t]), String(ties.b[t]), none, none, true);
      }
    },
  };
  return input as unknown as Weighted;
}
