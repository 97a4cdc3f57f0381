import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import { adjacencyOf, componentsOf, type Adjacency } from './adjacency.ts';
import { localClustering } from './clustering.ts';
import type { AnalyticsGraph } from './graph.ts';
import { seededRandom } from './random.ts';
import { sampledCentrality } from './sampled-centrality.ts';

/**
 * Default exactness limit, in units of nodes × (nodes + edges): the cost of the all-pairs
 * searches behind exact betweenness and closeness, which dominate computeMetrics. Node count or
 * nodes + edges alone predict the time badly (a sparse 20 000-node graph costs far more than a
 * dense 1 000-node one of the same size). Whole computeMetrics on the 2-core dev machine
 * (shared with other work), median of 3: 2 230 nodes / 4 455 edges (1.49e7) exact in 0.77–0.95 s;
 * 1 000 / 14 250 (1.53e7) exact in 0.6 s. Above the limit the pivot budget is about the same
 * work: 10 000 / 20 000 sampled in 0.9–1.0 s, 20 000 / 40 000 in 1.3–1.6 s.
 */
export const DEFAULT_EXACT_WORK_LIMIT = 1.5e7;
const MIN_SAMPLE = 32;

export interface MetricsOptions {
  /** Above this nodes × (nodes + edges), betweenness and closeness are sampled. */
  exactWorkLimit?: number;
  /** Pivot sources when sampling; by default as many as fit in exactWorkLimit. */
  betweennessSample?: number;
  /** Seed for pivot sampling and Louvain's traversal order. */
  seed?: number;
  /** Louvain resolution (1 = classic modularity). */
  resolution?: number;
  /** Power iterations allowed to eigenvector centrality before it falls back to degree. */
  eigenvectorMaxIterations?: number;
}

export interface NodeMetrics {
  /** Number of distinct neighbours. */
  degree: number;
  /** Sum of tie weights (parallel edges merged, each defaulting to 1). */
  weightedDegree: number;
  /** Share of shortest paths between other pairs through the node, normalised to [0, 1]. */
  betweenness: number;
  /** Wasserman–Faust closeness: (reach / sum of distances) × (reach / (n − 1)). */
  closeness: number;
  pagerank: number;
  /**
   * Unit-length principal eigenvector of the weighted adjacency, or the degree fallback. On a
   * disconnected graph it concentrates on the component with the largest eigenvalue; nodes
   * elsewhere get (near) 0.
   */
  eigenvector: number;
  clustering: number;
  community: number;
}

export interface MetricsResult {
  nodes: Record<string, NodeMetrics>;
  nodeCount: number;
  /** Ties after merging parallel edges and dropping self-loops. */
  edgeCount: number;
  components: number;
  communities: { count: number; modularity: number };
  /** True when betweenness and closeness were estimated from pivot sources. */
  approximate: boolean;
  /** Pivot sources used, present when approximate. */
  betweennessSample?: number;
  eigenvector: { converged: boolean; fallback?: 'degree' };
}

/**
 * Centrality, clustering and communities for every node. Betweenness and closeness use hop
 * distances: tie weights measure strength of collaboration, not distance, so they feed only
 * weighted degree, PageRank, eigenvector centrality and Louvain.
 */
export function computeMetrics(graph: AnalyticsGraph, options: MetricsOptions = {}): MetricsResult {
  const seed = options.seed ?? 1;
  const limit = options.exactWorkLimit ?? DEFAULT_EXACT_WORK_LIMIT;
  if (!(limit >= 0)) throw new RangeError('exactWorkLimit must be a number ≥ 0');
  const { betweennessSample: requested } = options;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1)) {
    throw new RangeError('betweennessSample must be a whole number ≥ 1');
  }
  const n = graph.order;
  const m = graph.size;
  const adj = adjacencyOf(graph);
  const components = componentsOf(adj).length;
  const approximate = n * (n + m) > limit && n > 2;

  const sample = approximate ? (requested ?? pivotBudget(n, m, limit)) : null;
  const { betweenness, closeness, betweennessSample } = pathCentrality(graph, adj, sample, seed);

  const ranks = pageRankOf(graph);
  const eigen = eigenvectorOf(graph, options.eigenvectorMaxIterations ?? 1000);
  const clustering = localClustering(adj);
  const communities = communitiesOf(graph, seed, options.resolution ?? 1);

  const degrees = degreesOf(graph);
  const nodes: Record<string, NodeMetrics> = {};
  adj.ids.forEach((id, i) => {
    nodes[id] = {
      degree: degrees.degree[id]!,
      weightedDegree: degrees.weightedDegree[id]!,
      betweenness: betweenness[id] ?? 0,
      closeness: closeness[id] ?? 0,
      pagerank: ranks[id] ?? 0,
      eigenvector: eigen.values[id] ?? 0,
      clustering: clustering[i]!,
      community: communities.assignment[id] ?? 0,
    };
  });

  return {
    nodes,
    nodeCount: n,
    edgeCount: m,
    components,
    communities: { count: communities.count, modularity: communities.modularity },
    approximate,
    ...(approximate ? { betweennessSample } : {}),
    eigenvector: eigen.converged ? { converged: true } : { converged: false, fallback: 'degree' },
  };
}

/** Distinct neighbours and summed tie weights per node. */
export function degreesOf(graph: AnalyticsGraph): { degree: Record<string, number>; weightedDegree: Record<string, number> } {
  const degree: Record<string, number> = {};
  const weightedDegree: Record<string, number> = {};
  graph.forEachNode((id) => {
    let weight = 0;
    graph.forEachEdge(id, (_edge, attrs) => {
      weight += attrs.weight;
    });
    degree[id] = graph.degree(id);
    weightedDegree[id] = weight;
  });
  return { degree, weightedDegree };
}

/** Pivot sources that cost about as much as an exact run at the limit. */
export function pivotBudget(n: number, m: number, limit = DEFAULT_EXACT_WORK_LIMIT): number {
  return Math.max(MIN_SAMPLE, Math.floor(limit / (n + m)));
}

/** Betweenness and closeness, exact (graphology) or, given a sample size, from pivots. */
export function pathCentrality(graph: AnalyticsGraph, adj: Adjacency, sample: number | null, seed: number) {
  if (graph.order === 0) return { betweenness: {}, closeness: {} }; // graphology rejects an empty graph
  if (sample === null) return { betweenness: exactBetweenness(graph), closeness: exactCloseness(graph) };
  const sampled = sampledCentrality(adj, sample, seededRandom(seed));
  return {
    betweenness: byId(adj.ids, sampled.betweenness),
    closeness: byId(adj.ids, sampled.closeness),
    betweennessSample: sampled.pivots,
  };
}

export function exactBetweenness(graph: AnalyticsGraph): Record<string, number> {
  return graph.order === 0 ? {} : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}

export function exactCloseness(graph: AnalyticsGraph): Record<string, number> {
  return graph.order === 0 ? {} : closenessCentrality(graph, { wassermanFaust: true });
}

function byId(ids: readonly string[], values: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  ids.forEach((id, i) => {
    out[id] = values[i]!;
  });
  return out;
}

export function pageRankOf(graph: AnalyticsGraph): Record<string, number> {
  return graph.order === 0 ? {} : pagerank(graph, { getEdgeWeight: 'weight', tolerance: 1e-9, maxIterations: 1000 });
}

/**
 * graphology throws when power iteration does not converge. Rather than fail the whole
 * request, fall back to degree scaled to unit length (the same norm as the eigenvector) and
 * let the caller say so.
 */
export function eigenvectorOf(graph: AnalyticsGraph, maxIterations: number): { values: Record<string, number>; converged: boolean } {
  if (graph.order === 0) return { values: {}, converged: true };
  try {
    return { values: eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations }), converged: true };
  } catch {
    const degrees = graph.mapNodes((id) => [id, graph.degree(id)] as const);
    const norm = Math.sqrt(degrees.reduce((sum, [, d]) => sum + d * d, 0)) || 1;
    return { values: Object.fromEntries(degrees.map(([id, d]) => [id, d / norm])), converged: false };
  }
}

export function communitiesOf(graph: AnalyticsGraph, seed: number, resolution: number) {
  // Louvain needs at least one edge; without any, every node is its own community.
  if (graph.size === 0) {
    return {
      assignment: Object.fromEntries(graph.nodes().map((id, i) => [id, i])),
      count: graph.order,
      modularity: 0,
    };
  }
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, rng: seededRandom(seed) });
  return { assignment: detailed.communities, count: detailed.count, modularity: detailed.modularity };
}
