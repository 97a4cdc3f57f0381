import { buildGraph, helixStatistics, type BrokerageCounts, type HelixReport } from '../analytics/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { GraphElements } from '../graph/elements.ts';
import { toAnalyticsElements } from './analytics-input.ts';
import { scopeGraph, type Scope, type ScopeGraph } from './scope.ts';

export interface TripleHelix extends GraphElements {
  summary: ScopeGraph['scope'] & { edges: number };
  stats: {
    actors: HelixReport['actors'];
    matrix: HelixReport['ties'];
    weightedMatrix: HelixReport['weightedTies'];
    totals: HelixReport['totals'];
    crossShare: number | null;
    ei: HelixReport['eiIndex'];
    missing: HelixReport['missing'];
    thin: HelixReport['thin'];
    brokerage: { byActor: Record<string, BrokerageCounts>; totals: BrokerageCounts };
  };
}

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
