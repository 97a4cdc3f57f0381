import type { WholeGraphSummaryAnswer } from '../../contract/index.ts';
import { brokerageAt } from '../analytics/triangle-brokerage.ts';
import { combined, type WholeGraphCommunities, type WholeGraphPaths } from '../analytics/whole-graph.ts';

/** One actor's metrics as the job writes them (the names of WHOLE_GRAPH_PROPERTIES). */
export interface WholeGraphRow {
  id: string;
  metrics: Record<string, number>;
}

export interface WholeGraphResult {
  rows: WholeGraphRow[];
  summary: WholeGraphSummaryAnswer;
}

/** The whole-graph metrics of a network's actors (`ids`), from its two halves, as rows to write back. */
export function wholeGraphRows(ids: readonly string[], paths: WholeGraphPaths, communities: WholeGraphCommunities): WholeGraphResult {
  const m = combined(paths, communities);
  const rows = ids.map((id, i) => {
    const b = brokerageAt(m.brokerage, i);
    return {
      id,
      metrics: {
        degree: m.degree[i]!,
        weightedDegree: m.weightedDegree[i]!,
        pagerank: m.pagerank[i]!,
        community: m.community[i]!,
        kcore: m.kcore[i]!,
        betweenness: m.betweenness[i]!,
        closeness: m.closeness[i]!,
        eigenvector: m.eigenvector[i]!,
        clustering: m.clustering[i]!,
        brokerageCoordinator: b.coordinator,
        brokerageGatekeeperRepresentative: b.gatekeeperRepresentative,
        brokerageConsultant: b.consultant,
        brokerageLiaison: b.liaison,
        brokerageTotal: b.total,
      },
    };
  });
  return { rows, summary: m.summary };
}

/** A half of the metrics as JSON text: typed arrays as plain arrays (JSON.stringify writes them as objects). */
export function partJson(part: WholeGraphPaths | WholeGraphCommunities): string {
  return JSON.stringify(part, (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value));
}
