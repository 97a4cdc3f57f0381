import type { Metrics, ScopeMetrics } from '../../contract/index.ts';
import { buildGraph, computeMetrics, type Elements } from '../analytics/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { Invalid } from '../domain-errors.ts';
import { toAnalyticsElements } from './analytics-input.ts';
import { scopeGraph, type Scope } from './scope.ts';

/** Metrics of a graph result sent by the client; an inconsistent one is a 400 naming it. */
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
export async function scopeMetrics(db: GraphDb, scope: Scope, id: string | undefined, limit: number): Promise<ScopeMetrics> {
  const graph = await scopeGraph(db, scope, id, limit);
  return { ...computeMetrics(buildGraph(toAnalyticsElements(graph))), summary: graph.scope };
}
