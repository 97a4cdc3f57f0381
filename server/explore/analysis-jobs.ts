import type { Metrics, ScopeMetrics, TripleHelix } from '../../contract/index.ts';
import { metricsBody } from '../../contract/index.ts';
import { buildGraph, computeMetrics, helixStatistics, type Elements } from '../analytics/index.ts';
import { Invalid } from '../domain-errors.ts';
import { checkInput, type InputError } from '../http/problem.ts';
import { toAnalyticsElements } from './analytics-input.ts';
import type { ScopeGraph } from './scope.ts';
import { compareOf, type CompareInput } from './compare-of.ts';

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

/** Metrics of the collaboration network of a scope (the actors of /api/triple-helix). */
export function scopeMetricsOf(graph: ScopeGraph): ScopeMetrics {
  return { ...computeMetrics(buildGraph(toAnalyticsElements(graph))), summary: graph.scope };
}

/** Actors of a scope and their collaboration links, with the triple-helix figures. */
export function tripleHelixOf(graph: ScopeGraph): TripleHelix {
  const report = helixStatistics(buildGraph(toAnalyticsElements(graph)));
  const nodes = graph.nodes.map((n) => ({ data: { ...n.data, brokerage: report.brokerage.byActor[n.data.id] } }));
  return {
    nodes,
    edges: graph.edges,
    summary: { ...graph.scope, edges: graph.edges.length },
    stats: {
      actors: report.actors,
      matrix: report.ties,
      weightedMatrix: report.weightedTies,
      totals: report.totals,
      crossShare: report.totals.crossShare,
      ei: report.eiIndex,
      isolated: report.isolated,
      missing: report.missing,
      thin: report.thin,
      brokerage: report.brokerage,
    },
  };
}

/**
 * A job for the pool. A posted graph travels as the request's JSON text and the answer comes back
 * as JSON text: parsing, validating and cloning a 5,000-node graph as objects costs the event loop
 * about 0.3 s per request, copying the text a few milliseconds.
 */
export type AnalysisJob = { kind: 'posted-metrics'; body: string } | { kind: 'scope-metrics'; graph: ScopeGraph } | { kind: 'triple-helix'; graph: ScopeGraph } | { kind: 'compare'; input: CompareInput };

/** The answer as JSON text, or what is wrong with the posted input (a 400). */
export type AnalysisAnswer = { json: string } | { invalid: InputError[] };

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
      return { json: JSON.stringify(scopeMetricsOf(job.graph)) };
    case 'triple-helix':
      return { json: JSON.stringify(tripleHelixOf(job.graph)) };
    case 'compare':
      return { json: JSON.stringify(compareOf(job.input)) };
  }
}
