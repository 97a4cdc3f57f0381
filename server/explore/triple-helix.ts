import type { TripleHelix } from '../../contract/index.ts';
import { buildGraph, helixStatistics } from '../analytics/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toAnalyticsElements } from './analytics-input.ts';
import { scopeGraph, type Scope } from './scope.ts';

/** Actors of a scope and their collaboration links, with the triple-helix figures. */
export async function tripleHelix(db: GraphDb, scope: Scope, id: string | undefined, limit: number): Promise<TripleHelix> {
  const graph = await scopeGraph(db, scope, id, limit);
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
      missing: report.missing,
      thin: report.thin,
      brokerage: report.brokerage,
    },
  };
}
