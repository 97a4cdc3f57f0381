import type { BrokerageCounts, Metrics, ScopeCut, ScopeMetrics, TripleHelix, WholeGraphSummaryAnswer } from '../../contract/index.ts';
import { helixFigures, type HelixCounts } from '../analytics/helix.ts';
import { metricsBody } from '../../contract/index.ts';
import { buildGraph, computeMetrics, helixStatistics, type Elements } from '../analytics/index.ts';
import { Invalid } from '../domain-errors.ts';
import { checkInput, type InputError } from '../http/problem.ts';
import { toAnalyticsElements } from './analytics-input.ts';
import type { ScopeGraph } from './scope.ts';
import { compareOf, type CompareInput } from './compare-of.ts';
import { wholeGraphBetweenness, wholeGraphCommunities, wholeGraphNeighbourhoods, type Network, type WholeGraphPart, type WholeGraphPartName } from '../analytics/whole-graph.ts';

// The CPU-heavy analyses, as pure functions of their input. They run in the analysis pool's worker
// threads (analysis-worker.mjs), so this module must not import anything that talks to Neo4j.

/** Metrics of a graph result sent by the client; an inconsistent one is an Invalid naming it. */
export function metricsOf(elements: Elements): Metrics {
  let graph;
  try {
    graph = buildGraph(elements);
  } catch (err) {
    throw new Invalid('elements', (err as Error).message);
  }
  return computeMetrics(graph);
}

/** A scope drawn cut (large-scope.ts): what it stands for, and the stored whole-graph run when the answer may use it. */
export interface WholeScope {
  cut: ScopeCut;
  /** The helix counts of the whole scope (the triple helix). */
  counts?: HelixCounts;
  /** The stored whole-graph metrics (scope all, all years): their run's summary. */
  stored?: { at: string; stale: boolean; summary: WholeGraphSummaryAnswer };
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The whole-graph metrics an actor's node carries (the job wrote them as its properties). */
function storedMetrics(data: Record<string, unknown>) {
  return {
    degree: num(data.degree),
    weightedDegree: num(data.weightedDegree),
    betweenness: num(data.betweenness),
    closeness: num(data.closeness),
    pagerank: num(data.pagerank),
    eigenvector: num(data.eigenvector),
    clustering: num(data.clustering),
    community: num(data.community),
  };
}

function storedBrokerage(data: Record<string, unknown>): BrokerageCounts {
  return {
    coordinator: num(data.brokerageCoordinator),
    gatekeeperRepresentative: num(data.brokerageGatekeeperRepresentative),
    consultant: num(data.brokerageConsultant),
    liaison: num(data.brokerageLiaison),
    total: num(data.brokerageTotal),
  };
}

const storedCut = (whole: WholeScope, what: 'brokerage' | 'metrics'): ScopeCut => ({
  ...whole.cut,
  [what]: whole.stored ? 'stored' : 'shown',
  ...(whole.stored ? { metricsAt: whole.stored.at, stale: whole.stored.stale } : {}),
});

/**
 * Metrics of the collaboration network of a scope (the actors of /api/triple-helix). A cut scope
 * answers its shown actors: with the stored whole-graph metrics and figures when it may, else
 * computed over the shown actors.
 */
export function scopeMetricsOf(graph: ScopeGraph, whole?: WholeScope): ScopeMetrics {
  const summary = whole ? { ...graph.scope, drawn: storedCut(whole, 'metrics') } : graph.scope;
  const run = whole?.stored?.summary;
  if (!run) return { ...computeMetrics(buildGraph(toAnalyticsElements(graph))), summary };
  return {
    nodes: Object.fromEntries(graph.nodes.map((n) => [n.data.id, storedMetrics(n.data)])),
    nodeCount: run.nodeCount,
    edgeCount: run.edgeCount,
    components: run.components,
    communities: run.communities,
    approximate: run.betweenness.approximate,
    ...(run.betweenness.pivots !== undefined && run.betweenness.approximate ? { betweennessSample: run.betweenness.pivots } : {}),
    eigenvector: run.eigenvector.converged ? { converged: true } : { converged: false, fallback: 'degree' },
    summary,
  };
}

/**
 * Actors of a scope and their collaboration links, with the triple-helix figures. A cut scope
 * draws its shown actors, with the figures of the whole scope (counted in the database) and the
 * brokerage stored by the whole-graph analytics when it may, else computed over the shown actors.
 */
export function tripleHelixOf(graph: ScopeGraph, whole?: WholeScope): TripleHelix {
  const report = helixStatistics(buildGraph(toAnalyticsElements(graph)));
  const figures = whole?.counts ? helixFigures(whole.counts) : report;
  const run = whole?.stored?.summary;
  const byActor = run ? Object.fromEntries(graph.nodes.map((n) => [n.data.id, storedBrokerage(n.data)])) : report.brokerage.byActor;
  const brokerage = { byActor, totals: run ? run.brokerage : report.brokerage.totals };
  const nodes = graph.nodes.map((n) => ({ data: { ...n.data, brokerage: byActor[n.data.id] } }));
  return {
    nodes,
    edges: graph.edges,
    summary: { ...graph.scope, ...(whole ? { drawn: storedCut(whole, 'brokerage') } : {}), edges: graph.edges.length },
    stats: {
      actors: figures.actors,
      matrix: figures.ties,
      weightedMatrix: figures.weightedTies,
      totals: figures.totals,
      crossShare: figures.totals.crossShare,
      ei: figures.eiIndex,
      isolated: figures.isolated,
      missing: figures.missing,
      thin: figures.thin,
      brokerage,
    },
  };
}

/**
 * A job for the pool. A posted graph travels as the request's JSON text and the answer comes back
 * as JSON text: parsing, validating and cloning a 5,000-node graph as objects costs the event loop
 * about 0.3 s per request, copying the text a few milliseconds.
 */
export type AnalysisJob = { kind: 'posted-metrics'; body: string } | { kind: 'scope-metrics'; graph: ScopeGraph; whole?: WholeScope } | { kind: 'triple-helix'; graph: ScopeGraph; whole?: WholeScope } | { kind: 'compare'; input: CompareInput } | { kind: `whole-graph-${WholeGraphPartName}`; network: Network };

/**
 * The answer as JSON text, or what is wrong with the posted input (a 400), or a half of the
 * whole-graph metrics as typed arrays (cloned between threads as they are: 100,000 actors' metrics
 * as JSON text cost the event loop a parse of megabytes).
 */
export type AnalysisAnswer = { json: string } | { invalid: InputError[] } | { part: WholeGraphPart };

function postedMetrics(body: string): AnalysisAnswer {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return { invalid: [{ field: 'body', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const input = checkInput(metricsBody, value, 'body');
  if ('errors' in input) return { invalid: input.errors };
  try {
    return { json: JSON.stringify(metricsOf(input.data.elements)) };
  } catch (err) {
    if (err instanceof Invalid) return { invalid: [{ field: err.field ?? 'body', message: err.message }] };
    throw err;
  }
}

/** Runs one job; what the worker threads export. */
export function runAnalysisJob(job: AnalysisJob): AnalysisAnswer {
  switch (job.kind) {
    case 'posted-metrics':
      return postedMetrics(job.body);
    case 'scope-metrics':
      return { json: JSON.stringify(scopeMetricsOf(job.graph, job.whole)) };
    case 'triple-helix':
      return { json: JSON.stringify(tripleHelixOf(job.graph, job.whole)) };
    case 'compare':
      return { json: JSON.stringify(compareOf(job.input)) };
    case 'whole-graph-betweenness':
      return { part: wholeGraphBetweenness(job.network) };
    case 'whole-graph-neighbourhoods':
      return { part: wholeGraphNeighbourhoods(job.network) };
    case 'whole-graph-communities':
      return { part: wholeGraphCommunities(job.network) };
  }
}
