import { describe, it, expect } from 'vitest';
import { buildGraph, computeMetrics, type AnalyticsGraph } from '../../../server/analytics/index.ts';
import { elementsOf, randomConnected } from './fixtures.ts';

// Independent, deliberately naive implementations over a dense adjacency matrix, checked
// against computeMetrics on random graphs from fixed seeds.

interface Dense {
  ids: string[];
  /** Summed weight between i and j (0 = no tie). */
  w: number[][];
}

function dense(graph: AnalyticsGraph): Dense {
  const ids = graph.nodes();
  const w = ids.map(() => ids.map(() => 0));
  graph.forEachEdge((_e, attrs, s, t) => {
    const i = ids.indexOf(s);
    const j = ids.indexOf(t);
    w[i]![j] = attrs.weight;
    w[j]![i] = attrs.weight;
  });
  return { ids, w };
}

function bfsDistances({ w }: Dense, source: number): number[] {
  const dist = w.map(() => Infinity);
  dist[source] = 0;
  const queue = [source];
  while (queue.length > 0) {
    const v = queue.shift()!;
    w[v]!.forEach((weight, u) => {
      if (weight > 0 && dist[u] === Infinity) {
        dist[u] = dist[v]! + 1;
        queue.push(u);
      }
    });
  }
  return dist;
}

/** Every shortest path from s to t, listed one by one by walking back along the BFS layers. */
function allShortestPaths(g: Dense, s: number, t: number): number[][] {
  const dist = bfsDistances(g, s);
  if (dist[t] === Infinity) return [];
  const extend = (path: number[]): number[][] => {
    const head = path[0]!;
    if (head === s) return [path];
    return g.w[head]!.flatMap((weight, u) => (weight > 0 && dist[u] === dist[head]! - 1 ? extend([u, ...path]) : []));
  };
  return extend([t]);
}

function naiveBetweenness(g: Dense): number[] {
  const n = g.ids.length;
  const score = g.ids.map(() => 0);
  for (let s = 0; s < n; s++) {
    for (let t = s + 1; t < n; t++) {
      const paths = allShortestPaths(g, s, t);
      for (const path of paths) for (const v of path.slice(1, -1)) score[v]! += 1 / paths.length;
    }
  }
  const pairs = ((n - 1) * (n - 2)) / 2;
  return score.map((x) => x / pairs);
}

function naiveCloseness(g: Dense): number[] {
  const n = g.ids.length;
  return g.ids.map((_, v) => {
    const reached = bfsDistances(g, v).filter((d, u) => u !== v && d !== Infinity);
    const sum = reached.reduce((a, b) => a + b, 0);
    return sum === 0 ? 0 : (reached.length / sum) * (reached.length / (n - 1));
  });
}

/** Plain power iteration on the weighted transition matrix; dangling mass spread evenly. */
function naivePagerank(g: Dense, alpha = 0.85): number[] {
  const n = g.ids.length;
  const strength = g.w.map((row) => row.reduce((a, b) => a + b, 0));
  let x = g.ids.map(() => 1 / n);
  for (let iter = 0; iter < 2000; iter++) {
    const dangling = x.reduce((sum, xi, i) => (strength[i] === 0 ? sum + xi : sum), 0);
    x = g.ids.map((_, j) => {
      let inflow = 0;
      for (let i = 0; i < n; i++) if (g.w[i]![j]! > 0) inflow += (x[i]! * g.w[i]![j]!) / strength[i]!;
      return (1 - alpha) / n + alpha * (inflow + dangling / n);
    });
  }
  return x;
}

function naiveClustering(g: Dense): number[] {
  return g.ids.map((_, v) => {
    const nb = g.ids.map((_, u) => u).filter((u) => g.w[v]![u]! > 0);
    if (nb.length < 2) return 0;
    let tied = 0;
    for (let a = 0; a < nb.length; a++) for (let b = a + 1; b < nb.length; b++) if (g.w[nb[a]!]![nb[b]!]! > 0) tied++;
    return tied / ((nb.length * (nb.length - 1)) / 2);
  });
}

/** Power iteration on A + I (same fixed point as A, no oscillation on bipartite graphs). */
function naiveEigenvector(g: Dense): number[] {
  let x = g.ids.map(() => 1);
  for (let iter = 0; iter < 5000; iter++) {
    const y = x.map((xi, i) => xi + g.w[i]!.reduce((sum, wij, j) => sum + wij * x[j]!, 0));
    const norm = Math.hypot(...y);
    x = y.map((v) => v / norm);
  }
  return x;
}

const cases = [
  { name: 'sparse tree-like graph', elements: randomConnected(14, 4, 11), connected: true },
  { name: 'medium graph with parallel edges', elements: randomConnected(16, 20, 23), connected: true },
  { name: 'dense graph', elements: randomConnected(12, 40, 37), connected: true },
  {
    name: 'disconnected graph with an isolated node',
    connected: false,
    elements: (() => {
      const base = randomConnected(10, 8, 51);
      const extra = elementsOf(['w1', 'w2', 'w3', 'lonely'], [['w1', 'w2', { id: 'w12' }], ['w2', 'w3', { id: 'w23' }]]);
      return { nodes: [...base.nodes, ...extra.nodes], edges: [...base.edges, ...extra.edges] };
    })(),
  },
];

describe.each(cases)('computeMetrics agrees with naive implementations on a $name', ({ elements }) => {
  const graph = buildGraph(elements);
  const g = dense(graph);
  const { nodes } = computeMetrics(graph);
  const actual = (key: 'betweenness' | 'closeness' | 'pagerank' | 'clustering') =>
    g.ids.map((id) => nodes[id]![key]);
  const expectClose = (got: number[], want: number[], digits: number) =>
    got.forEach((value, i) => expect(value, g.ids[i]).toBeCloseTo(want[i]!, digits));

  it('betweenness equals counting every shortest path', () => {
    expect(Math.max(...naiveBetweenness(g))).toBeGreaterThan(0);
    expectClose(actual('betweenness'), naiveBetweenness(g), 10);
  });

  it('closeness equals BFS distance sums', () => {
    expectClose(actual('closeness'), naiveCloseness(g), 10);
  });

  it('PageRank equals power iteration on the weighted matrix', () => {
    expectClose(actual('pagerank'), naivePagerank(g), 6);
  });

  it('clustering equals counting tied neighbour pairs', () => {
    expectClose(actual('clustering'), naiveClustering(g), 12);
  });
});

// On a disconnected graph the principal eigenvector is not unique when components tie, so the
// comparison is made where it is well defined.
describe.each(cases.filter((c) => c.connected))('eigenvector centrality on a $name', ({ elements }) => {
  it('equals power iteration on the weighted matrix', () => {
    const graph = buildGraph(elements);
    const g = dense(graph);
    const { nodes, eigenvector } = computeMetrics(graph);
    expect(eigenvector.converged).toBe(true);
    g.ids.forEach((id, i) => expect(nodes[id]!.eigenvector, id).toBeCloseTo(naiveEigenvector(g)[i]!, 4));
  });
});
