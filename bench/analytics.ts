// Time and memory of each analytics step on synthetic networks of 1k, 5k and 20k actors:
// `npm run bench -- analytics`. Every step runs in its own fresh Node process (--expose-gc), so
// one step's garbage and JIT state do not bill the next; exact betweenness is also compared with
// the pivot-sampled estimate (Spearman rank correlation).
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { adjacencyOf, componentsOf } from '../server/analytics/adjacency.ts';
import { localClustering } from '../server/analytics/clustering.ts';
import { buildGraph, computeMetrics, helixStatistics, kShortestPaths, parseElements, seededRandom } from '../server/analytics/index.ts';
import {
  communitiesOf,
  degreesOf,
  eigenvectorOf,
  exactBetweenness,
  exactCloseness,
  pageRankOf,
  pathCentrality,
  pivotBudget,
} from '../server/analytics/metrics.ts';
import { sampledCentrality } from '../server/analytics/sampled-centrality.ts';
import { machine, median, writeResult } from './machine.ts';
import { syntheticGraph, type SyntheticGraph } from './synthetic-graph.ts';
import { spearman } from '../server/analytics/rank-correlation.ts';

const SIZES = (process.env.HELIX_BENCH_ANALYTICS_SIZES ?? '1000,5000,20000').split(',').map(Number);
const EDGES_PER_NODE = 4;
/** Timing runs per step: the first (which also gives the memory figures) plus more while it is cheap. */
const MAX_RUNS = Number(process.env.HELIX_BENCH_ROUNDS ?? 3);
const REPEAT_BELOW_MS = 5000;
/** Exact betweenness predicted above this is not run (seconds). */
const EXACT_CAP_S = Number(process.env.HELIX_BENCH_EXACT_CAP_S ?? 600);
/** Any one step's process is killed after this (seconds). */
const STEP_TIMEOUT_S = Number(process.env.HELIX_BENCH_STEP_TIMEOUT_S ?? 1200);
const PATH_PAIRS = 10;
const CHILD = '--analytics-step';

interface Ctx {
  elements: SyntheticGraph;
  graph: ReturnType<typeof buildGraph>;
  adj: ReturnType<typeof adjacencyOf>;
}

/** The steps, each what the server runs (server/analytics, as computeMetrics and the explore services call it). */
const STEPS: Record<string, (c: Ctx) => unknown> = {
  'parse (zod)': (c) => parseElements(c.elements),
  buildGraph: (c) => buildGraph(c.elements),
  'adjacency + components': (c) => componentsOf(adjacencyOf(c.graph)),
  'degree, weighted degree': (c) => degreesOf(c.graph),
  'betweenness exact': (c) => exactBetweenness(c.graph),
  'closeness exact': (c) => exactCloseness(c.graph),
  'betweenness + closeness sampled': (c) => pathCentrality(c.graph, c.adj, pivotBudget(c.graph.order, c.graph.size), 1),
  pagerank: (c) => pageRankOf(c.graph),
  eigenvector: (c) => eigenvectorOf(c.graph, 1000),
  clustering: (c) => localClustering(c.adj),
  'communities (Louvain)': (c) => communitiesOf(c.graph, 1, 1),
  'computeMetrics (default)': (c) => computeMetrics(c.graph),
  'helixStatistics (incl. brokerage)': (c) => helixStatistics(c.graph),
  [`kShortestPaths k=5 ×${PATH_PAIRS}`]: (c) => {
    const ids = c.graph.nodes();
    const rnd = seededRandom(7);
    return Array.from({ length: PATH_PAIRS }, () => kShortestPaths(c.graph, ids[Math.floor(rnd() * ids.length)]!, ids[Math.floor(rnd() * ids.length)]!, { k: 5 }));
  },
};
const EXACT = ['betweenness exact', 'closeness exact'];

interface StepResult {
  runsMs: number[];
  medianMs: number;
  memory: { rssBeforeMiB: number; peakRssMiB: number; peakRssGrowthMiB: number; heapBeforeMiB: number; heapTotalGrowthMiB: number; retainedHeapMiB: number };
  accuracy?: Accuracy[];
}
interface Accuracy {
  pivots: number;
  sampledMs: number;
  spearman: number;
  /** Share of the exact top 20 that the estimate also puts in its top 20. */
  top20Overlap: number;
}

const mib = (bytes: number) => +(bytes / 2 ** 20).toFixed(1);

/** In the child: build the input, then measure one step. */
async function runStep(size: number, name: string): Promise<StepResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the analytics step needs --expose-gc');
  const elements = syntheticGraph({ nodes: size, edgesPerNode: EDGES_PER_NODE });
  const graph = buildGraph(elements);
  const ctx: Ctx = { elements, graph, adj: adjacencyOf(graph) };
  const step = STEPS[name]!;
  const { ms, memory, accuracy } = firstRun(ctx, name, gc);
  const runsMs = [ms];
  while (runsMs.length < MAX_RUNS && runsMs[0]! < REPEAT_BELOW_MS) {
    const t = performance.now();
    step(ctx);
    runsMs.push(performance.now() - t);
  }
  return { runsMs: runsMs.map((x) => +x.toFixed(1)), medianMs: +median(runsMs).toFixed(1), memory, ...(accuracy ? { accuracy } : {}) };
}

/** The first run, with the memory figures; its result is dropped before any further run. */
function firstRun(ctx: Ctx, name: string, gc: () => void): { ms: number; memory: StepResult['memory']; accuracy?: Accuracy[] } {
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const result = STEPS[name]!(ctx);
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  const heapTotal = process.memoryUsage().heapTotal;
  gc();
  const retained = process.memoryUsage().heapUsed - before.heapUsed;
  const memory = {
    rssBeforeMiB: mib(before.rss),
    peakRssMiB: mib(peak),
    peakRssGrowthMiB: mib(Math.max(0, peak - before.rss)),
    heapBeforeMiB: mib(before.heapUsed),
    heapTotalGrowthMiB: mib(heapTotal - before.heapTotal),
    retainedHeapMiB: mib(retained),
  };
  return { ms, memory, ...(name === 'betweenness exact' ? { accuracy: compareSampled(ctx, result as Record<string, number>) } : {}) };
}

/** Exact betweenness against pivot estimates: the server's default budget and a few fixed ones. */
function compareSampled({ adj }: Ctx, exact: Record<string, number>): Accuracy[] {
  const n = adj.ids.length;
  const truth = Float64Array.from(adj.ids, (id) => exact[id] ?? 0);
  const budgets = [...new Set([pivotBudget(n, adj.neighbors.length / 2), 32, 128, 512])].filter((k) => k < n).sort((a, b) => a - b);
  return budgets.map((k) => {
    const t = performance.now();
    const sampled = sampledCentrality(adj, k, seededRandom(1));
    const sampledMs = +(performance.now() - t).toFixed(1);
    return { pivots: sampled.pivots, sampledMs, spearman: +spearman(truth, sampled.betweenness).toFixed(4), top20Overlap: topOverlap(truth, sampled.betweenness, 20) };
  });
}


function topOverlap(a: Float64Array, b: Float64Array, k: number): number {
  const top = (xs: Float64Array) => new Set(Array.from(xs.keys()).sort((x, y) => xs[y]! - xs[x]!).slice(0, k));
  const ta = top(a);
  return [...top(b)].filter((i) => ta.has(i)).length / k;
}

/** In the parent: one fresh process per step, killed after STEP_TIMEOUT_S. */
function inChild(size: number, name: string): Promise<StepResult | { error: string }> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), [CHILD, String(size), name], {
      execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=8192'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer: StepResult | { error: string } = { error: 'the step process ended without an answer' };
    const timer = setTimeout(() => {
      answer = { error: `stopped after ${STEP_TIMEOUT_S} s` };
      child.kill('SIGKILL');
    }, STEP_TIMEOUT_S * 1000);
    child.on('message', (m) => (answer = m as StepResult | { error: string }));
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(answer);
    });
  });
}

export async function analyticsBench(): Promise<string> {
  const loadAverageBefore = os.loadavg().map((l) => +l.toFixed(2));
  const sizes = [];
  let exactPerWork: number | null = null; // ms per unit of n × (n + m), from the last exact run
  for (const size of SIZES) {
    const sample = syntheticGraph({ nodes: size, edgesPerNode: EDGES_PER_NODE });
    const graph = buildGraph(sample);
    const work = graph.order * (graph.order + graph.size);
    const steps: Record<string, StepResult | { error: string } | { skipped: string }> = {};
    for (const name of Object.keys(STEPS)) {
      const predictedS = exactPerWork === null ? null : (exactPerWork * work) / 1000;
      if (EXACT.includes(name) && predictedS !== null && predictedS > EXACT_CAP_S) {
        steps[name] = { skipped: `predicted ${Math.round(predictedS)} s from the previous size, above the ${EXACT_CAP_S} s cap` };
        continue;
      }
      console.log(`analytics: ${size} nodes, ${name}`);
      const result = await inChild(size, name);
      steps[name] = result;
      if (name === 'betweenness exact' && 'medianMs' in result) exactPerWork = result.medianMs / work;
    }
    sizes.push({ nodes: graph.order, edges: graph.size, components: componentsOf(adjacencyOf(graph)).length, maxDegree: Math.max(...graph.mapNodes((id) => graph.degree(id))), defaultPivots: work > 1.5e7 ? pivotBudget(graph.order, graph.size) : null, steps });
  }
  const result = {
    machine: machine(),
    loadAverageBefore,
    loadAverageAfter: os.loadavg().map((l) => +l.toFixed(2)),
    graphs: `bench/synthetic-graph.ts: all actors, ${EDGES_PER_NODE} COLLABORATES_WITH links per node (weights 1–5), heavy-tailed degrees (power-law tail, exponent about 2.5), 30 % of links inside blocks of 50, helices 50/20/15/10/5 % industry/academia/government/intermediary/civil society`,
    notes:
      'Each step runs in a fresh Node process started with --expose-gc, after the input is built and a full GC. runsMs: the first run, then more (up to HELIX_BENCH_ROUNDS in all) only while a run takes under 5 s; medianMs is their median. Memory is from the first run: peakRssMiB is the process high-water mark (getrusage maxRSS, which includes Node itself and the input graph), peakRssGrowthMiB = peak − RSS just before the step (0 when setup had already reached that peak), heapTotalGrowthMiB = V8 heap reserved after the step before GC − before (how far the heap had to grow), retainedHeapMiB = heap still used by the result after a full GC. accuracy (under betweenness exact): pivot-sampled betweenness (the server\'s estimator) against exact, Spearman rho and top-20 overlap; the server uses the default budget (defaultPivots) only when n·(n+m) > 1.5e7.',
    sizes,
  };
  return await writeResult('analytics', result);
}

if (process.argv[2] === CHILD) {
  const [size, name] = [Number(process.argv[3]), process.argv[4]!];
  runStep(size, name).then(
    (r) => process.send!(r, () => process.exit(0)),
    (err: Error) => process.send!({ error: err.message }, () => process.exit(1)),
  );
}
