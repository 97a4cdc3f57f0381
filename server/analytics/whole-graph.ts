import louvain from 'graphology-communities-louvain';
import { HELICES, type Helix } from '../graph/model.ts';
import { helixRecord, type HelixCounts } from './helix.ts';
import { componentsOf, type Adjacency } from './adjacency.ts';
import type { BrokerageCounts } from './brokerage.ts';
import { coreNumbers } from './kcore.ts';
import { louvainInput, type TieArrays } from './louvain-input.ts';
import { seededRandom } from './random.ts';
import { centralitySampler, sampledCentrality } from './sampled-centrality.ts';
import { triangleBrokerage } from './triangle-brokerage.ts';
import { eigenvectorOf, pagerankOf, type WeightedAdjacency } from './weighted-centrality.ts';

/** The actor network as the whole-graph job reads it: actors by index, links as index pairs. */
export interface Network {
  ids: string[];
  helix: (string | null)[];
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

/**
 * Betweenness is exact while all-pairs searches cost at most this many units of n × (n + m)
 * (about a second here); above it, sampled from pivots.
 */
export const EXACT_BETWEENNESS_WORK = 2e8;
/** Sampled betweenness: the stated error, relative, at 95 % confidence, of the TOP most central actors. */
export const BETWEENNESS_TARGET_ERROR = 0.1;
export const BETWEENNESS_TOP = 50;
const PILOT_PIVOTS = 64;
/**
 * At most this much work (n + m per pivot) goes into the pivots, so that the job stays within
 * seconds when the target needs more; the error reached is then stated, larger than the target.
 * On the Belgian CORDIS graph (18,442 actors, 469,150 ties) one pivot takes 40–60 ms here.
 */
const MAX_PIVOT_WORK = 5e7;

export interface BetweennessEstimate {
  approximate: boolean;
  pivots?: number;
  /** Relative error at 95 % aimed for and reached: the largest over the `top` most central actors. */
  error?: { target: number; achieved: number; confidence: 0.95; top: number };
}

export interface WholeGraphSummary {
  nodeCount: number;
  edgeCount: number;
  components: number;
  communities: { count: number; modularity: number };
  betweenness: BetweennessEstimate;
  eigenvector: { converged: boolean };
  brokerage: BrokerageCounts;
  helix: HelixCounts;
  ms: Record<string, number>;
}

/** Betweenness and closeness: the searches from pivots, the longest part of the job. */
export interface WholeGraphBetweenness {
  betweenness: ArrayLike<number>;
  closeness: ArrayLike<number>;
  summary: Pick<WholeGraphSummary, 'betweenness' | 'ms'>;
}

/** The metrics of each actor's neighbourhood: degree, weighted degree, k-core, clustering, helix brokerage; and the counts of the network. */
export interface WholeGraphNeighbourhoods {
  degree: ArrayLike<number>;
  weightedDegree: ArrayLike<number>;
  kcore: ArrayLike<number>;
  clustering: ArrayLike<number>;
  /** 4 per actor: coordinator, gatekeeperRepresentative, consultant, liaison. */
  brokerage: ArrayLike<number>;
  summary: Omit<WholeGraphSummary, 'communities' | 'eigenvector' | 'betweenness'>;
}

/** The metrics that walk paths and neighbourhoods (compressed adjacency, no graphology graph). */
export type WholeGraphPaths = Omit<WholeGraphBetweenness, 'summary'> & Omit<WholeGraphNeighbourhoods, 'summary'> & { summary: Omit<WholeGraphSummary, 'communities' | 'eigenvector'> };

/** The metrics graphology computes on its graph of the ties. */
export interface WholeGraphCommunities {
  pagerank: ArrayLike<number>;
  community: ArrayLike<number>;
  eigenvector: ArrayLike<number>;
  summary: Pick<WholeGraphSummary, 'communities' | 'eigenvector' | 'ms'>;
}

/** The parts of the metrics, each an analysis job of the whole-graph job, written back as soon as it is done. */
export type WholeGraphPartName = 'betweenness' | 'neighbourhoods' | 'communities';
export type WholeGraphPart = WholeGraphBetweenness | WholeGraphNeighbourhoods | WholeGraphCommunities;

export type WholeGraphMetrics = Omit<WholeGraphPaths, 'summary'> & Omit<WholeGraphCommunities, 'summary'> & { summary: WholeGraphSummary };

/**
 * Every whole-graph metric of every actor (the analytics job): degree, weighted degree, PageRank and
 * Louvain (graphology), k-core, betweenness and closeness (exact while affordable, else from pivots
 * with the sample size chosen for BETWEENNESS_TARGET_ERROR), eigenvector, clustering, and helix
 * brokerage. Parallel links between a pair are one tie with their weights summed; self-links are
 * dropped. The job computes the parts (betweenness, neighbourhoods, communities) as analysis jobs on two threads.
 */
export function wholeGraphMetrics(network: Network, seed = 1): WholeGraphMetrics {
  return combined(wholeGraphPaths(network, seed), wholeGraphCommunities(network, seed));
}

export function combined(paths: WholeGraphPaths, communities: WholeGraphCommunities): WholeGraphMetrics {
  return {
    ...paths,
    ...communities,
    summary: { ...paths.summary, communities: communities.summary.communities, eigenvector: communities.summary.eigenvector, ms: { ...paths.summary.ms, ...communities.summary.ms } },
  };
}

/** Milliseconds per step, by step name. */
function stopwatch(): { ms: Record<string, number>; lap: (name: string) => void } {
  const ms: Record<string, number> = {};
  let clock = performance.now();
  return {
    ms,
    lap: (name) => {
      const now = performance.now();
      ms[name] = Math.round(now - clock);
      clock = now;
    },
  };
}

/** Degree, weighted degree, k-core, betweenness, closeness, clustering and helix brokerage. */
export function wholeGraphPaths(network: Network, seed = 1): WholeGraphPaths {
  return pathsOf(wholeGraphBetweenness(network, seed), wholeGraphNeighbourhoods(network));
}

/** Betweenness and the neighbourhood metrics, computed apart (the job runs them as two analysis jobs), as one. */
export function pathsOf(b: WholeGraphBetweenness, h: WholeGraphNeighbourhoods): WholeGraphPaths {
  return { ...b, ...h, summary: { ...h.summary, betweenness: b.summary.betweenness, ms: { ...h.summary.ms, ...b.summary.ms } } };
}

/** Betweenness and closeness, exact while affordable, else sampled (betweennessOf). */
export function wholeGraphBetweenness(network: Network, seed = 1): WholeGraphBetweenness {
  const { ms, lap } = stopwatch();
  const pairs = tiesOf(network);
  const adj = adjacencyFromPairs(network.ids, pairs.a, pairs.b);
  lap('adjacency');
  const { betweenness, closeness, estimate } = betweennessOf(adj, pairs.a.length, seed);
  lap('betweenness');
  return { betweenness, closeness, summary: { betweenness: estimate, ms } };
}

/** Degree, weighted degree, k-core, clustering and helix brokerage, with the counts of the network. */
export function wholeGraphNeighbourhoods(network: Network): WholeGraphNeighbourhoods {
  const { ms, lap } = stopwatch();
  const { ids } = network;
  const n = ids.length;
  const pairs = tiesOf(network);
  const adj = adjacencyFromPairs(ids, pairs.a, pairs.b);
  lap('ties');

  const degree = new Int32Array(n);
  const weightedDegree = new Float64Array(n);
  for (let t = 0; t < pairs.a.length; t++) {
    for (const end of [pairs.a[t]!, pairs.b[t]!]) {
      degree[end]!++;
      weightedDegree[end]! += pairs.w[t]!;
    }
  }
  const kcore = coreNumbers(adj);
  lap('degree');

  const group = new Int8Array(n);
  network.helix.forEach((h, i) => (group[i] = h === null ? -1 : (HELICES as readonly string[]).indexOf(h)));
  const brokered = triangleBrokerage(adj, group, HELICES.length);
  const clustering = new Float64Array(n);
  for (let i = 0; i < n; i++) clustering[i] = degree[i]! < 2 ? 0 : brokered.triangles[i]! / ((degree[i]! * (degree[i]! - 1)) / 2);
  lap('brokerage');

  return {
    degree,
    weightedDegree,
    kcore,
    clustering,
    brokerage: brokered.roles,
    summary: {
      nodeCount: n,
      edgeCount: pairs.a.length,
      components: componentsOf(adj).length,
      brokerage: brokered.totals,
      helix: helixCountsOf(network.helix, pairs),
      ms,
    },
  };
}

/**
 * PageRank, Louvain communities (with modularity) and eigenvector centrality, as graphology computes
 * them: PageRank and eigenvector by its arithmetic on typed arrays (weighted-centrality.ts), Louvain
 * by graphology-communities-louvain on the ties read in place (louvain-input.ts), no graph built.
 */
export function wholeGraphCommunities(network: Network, seed = 1): WholeGraphCommunities {
  const { ms, lap } = stopwatch();
  const n = network.ids.length;
  const ties = tiesOf(network);
  const adj = weightedAdjacencyOf(n, ties);
  lap('graph');

  const pagerank = n > 0 ? pagerankOf(adj, { alpha: 0.85, tolerance: 1e-9, maxIterations: 1000 }) : new Float64Array(0);
  lap('pagerank');

  const community = new Int32Array(n);
  let communities = { count: n, modularity: 0 };
  if (ties.a.length === 0) community.forEach((_c, i) => (community[i] = i));
  else {
    const detailed = louvain.detailed(louvainInput(n, ties), { getEdgeWeight: 'weight', rng: seededRandom(seed) });
    for (let i = 0; i < n; i++) community[i] = detailed.communities[String(i)]!;
    communities = { count: detailed.count, modularity: detailed.modularity };
  }
  lap('louvain');

  let converged = true;
  let eigenvector: Float64Array = new Float64Array(n);
  if (n > 0) {
    try {
      eigenvector = eigenvectorOf(adj, { tolerance: 1e-6, maxIterations: 200 });
    } catch {
      converged = false;
    }
  }
  lap('eigenvector');
  return { pagerank, community, eigenvector, summary: { communities, eigenvector: { converged }, ms } };
}

type Ties = TieArrays;

/**
 * Ties: one per pair of actors (parallel links summed, self-links dropped), as index arrays, in the
 * order of each pair's first link, its ends as that link has them. Pairs are found per lower end
 * with a stamp per higher end (typed arrays, no map of pairs: on 100,000 actors a Map keyed by pair
 * took seconds, on both analysis threads).
 */
function tiesOf(network: Network): Ties {
  const n = network.ids.length;
  const { source, target } = network;
  const links = source.length;
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < links; i++) if (source[i] !== target[i]) starts[Math.min(source[i]!, target[i]!) + 1]!++;
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  const cursor = starts.slice(0, n);
  const byLower = new Int32Array(starts[n]!);
  for (let i = 0; i < links; i++) if (source[i] !== target[i]) byLower[cursor[Math.min(source[i]!, target[i]!)]!++] = i;
  // per link: the weight of its pair when it is the pair's first link, else -1
  const pairWeight = new Float64Array(links).fill(-1);
  const stamp = new Int32Array(n).fill(-1);
  const firstLink = new Int32Array(n);
  let count = 0;
  for (let low = 0; low < n; low++) {
    for (let k = starts[low]!; k < starts[low + 1]!; k++) {
      const i = byLower[k]!;
      const high = Math.max(source[i]!, target[i]!);
      const weight = network.weight[i]! > 0 ? network.weight[i]! : 1;
      if (stamp[high] === low) pairWeight[firstLink[high]!]! += weight;
      else {
        stamp[high] = low;
        firstLink[high] = i;
        pairWeight[i] = weight;
        count++;
      }
    }
  }
  const a = new Int32Array(count);
  const b = new Int32Array(count);
  const w = new Float64Array(count);
  let t = 0;
  for (let i = 0; i < links; i++) {
    if (pairWeight[i]! < 0) continue;
    a[t] = source[i]!;
    b[t] = target[i]!;
    w[t++] = pairWeight[i]!;
  }
  return { a, b, w };
}

/** Weighted compressed adjacency of the ties, each node's neighbours in tie order (as a graphology graph built from them lists them). */
function weightedAdjacencyOf(n: number, ties: Ties): WeightedAdjacency {
  const starts = new Int32Array(n + 1);
  for (let t = 0; t < ties.a.length; t++) {
    starts[ties.a[t]! + 1]!++;
    starts[ties.b[t]! + 1]!++;
  }
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  const cursor = starts.slice(0, n);
  const neighbors = new Int32Array(2 * ties.a.length);
  const weights = new Float64Array(2 * ties.a.length);
  for (let t = 0; t < ties.a.length; t++) {
    const a = ties.a[t]!;
    const b = ties.b[t]!;
    weights[cursor[a]!] = weights[cursor[b]!] = ties.w[t]!;
    neighbors[cursor[a]!++] = b;
    neighbors[cursor[b]!++] = a;
  }
  return { starts, neighbors, weights };
}

/** Compressed adjacency of the ties, node i being ids[i]. */
function adjacencyFromPairs(ids: string[], a: Int32Array, b: Int32Array): Adjacency {
  const n = ids.length;
  const starts = new Int32Array(n + 1);
  for (let t = 0; t < a.length; t++) {
    starts[a[t]! + 1]!++;
    starts[b[t]! + 1]!++;
  }
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  const cursor = starts.slice(0, n);
  const neighbors = new Int32Array(2 * a.length);
  for (let t = 0; t < a.length; t++) {
    neighbors[cursor[a[t]!]!++] = b[t]!;
    neighbors[cursor[b[t]!]!++] = a[t]!;
  }
  return { ids, starts, neighbors };
}

/** Actors, ties and isolated actors per helix, as helixStatistics counts them (actors without a helix left out). */
function helixCountsOf(helices: (string | null)[], pairs: Ties): HelixCounts {
  const known = (h: string | null): h is Helix => h !== null && (HELICES as readonly string[]).includes(h);
  const actors = helixRecord(() => 0);
  const isolated = helixRecord(() => 0);
  const ties = helixRecord(() => helixRecord(() => 0));
  const weightedTies = helixRecord(() => helixRecord(() => 0));
  const tied = new Uint8Array(helices.length);
  for (let t = 0; t < pairs.a.length; t++) {
    const g = helices[pairs.a[t]!]!;
    const h = helices[pairs.b[t]!]!;
    if (!known(g) || !known(h)) continue;
    tied[pairs.a[t]!] = tied[pairs.b[t]!] = 1;
    ties[g][h]++;
    weightedTies[g][h] += pairs.w[t]!;
    if (g === h) continue;
    ties[h][g]++;
    weightedTies[h][g] += pairs.w[t]!;
  }
  helices.forEach((h, i) => {
    if (!known(h)) return;
    actors[h]++;
    if (!tied[i]) isolated[h]++;
  });
  return { actors, ties, weightedTies, isolated };
}

/**
 * Exact betweenness (every node a pivot) when affordable; otherwise a pilot of PILOT_PIVOTS pivots
 * measures the spread of the per-pivot contributions of the most central actors, and the sample
 * is sized so that their relative error at 95 % is BETWEENNESS_TARGET_ERROR (within MAX_PIVOT_WORK).
 */
export function betweennessOf(adj: Adjacency, edges: number, seed: number): { betweenness: Float64Array; closeness: Float64Array; estimate: BetweennessEstimate } {
  const n = adj.ids.length;
  if (n * (n + edges) <= EXACT_BETWEENNESS_WORK) {
    const exact = sampledCentrality(adj, n, seededRandom(seed));
    return { betweenness: exact.betweenness, closeness: exact.closeness, estimate: { approximate: false } };
  }
  // the pilot's searches stay in the sample, topped up to the size chosen (not drawn again)
  const sampler = centralitySampler(adj);
  sampler.draw(PILOT_PIVOTS, seededRandom(seed));
  const pilot = sampler.result();
  const needed = Math.ceil(pilot.pivots * (topError(pilot) / BETWEENNESS_TARGET_ERROR) ** 2);
  const budget = Math.max(PILOT_PIVOTS, Math.floor(MAX_PIVOT_WORK / (n + edges)));
  const pivots = Math.min(n, budget, Math.max(PILOT_PIVOTS, needed));
  if (pivots > PILOT_PIVOTS) sampler.draw(pivots, seededRandom(seed + 1));
  const run = pivots > PILOT_PIVOTS ? sampler.result() : pilot;
  return {
    betweenness: run.betweenness,
    closeness: run.closeness,
    estimate: { approximate: run.pivots < n, pivots: run.pivots, error: { target: BETWEENNESS_TARGET_ERROR, achieved: topError(run), confidence: 0.95, top: BETWEENNESS_TOP } },
  };
}

/** The largest relative error at 95 % (1.96 standard errors of the sum of per-pivot contributions) among the BETWEENNESS_TOP highest estimates. */
function topError(run: ReturnType<typeof sampledCentrality>): number {
  const order = Array.from(run.betweenness.keys()).sort((a, b) => run.betweenness[b]! - run.betweenness[a]!);
  let worst = 0;
  for (const v of order.slice(0, BETWEENNESS_TOP)) {
    const sum = run.betweenness[v]!;
    const q = run.nodePivots[v]!;
    if (sum <= 0 || q === 0) continue;
    const mean = sum / q;
    const variance = Math.max(0, run.squares[v]! / q - mean * mean);
    worst = Math.max(worst, (1.96 * Math.sqrt(q * variance)) / sum);
  }
  return worst;
}
