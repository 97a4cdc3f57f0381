import type { WholeGraphSummaryAnswer } from '../../contract/index.ts';
import { brokerageAt } from '../analytics/triangle-brokerage.ts';
import { wholeGraphMetrics, type Network } from '../analytics/whole-graph.ts';

/** One actor's metrics as the job writes them (the names of WHOLE_GRAPH_PROPERTIES). */
export interface WholeGraphRow {
  id: string;
  metrics: Record<string, number>;
}

export interface WholeGraphResult {
  rows: WholeGraphRow[];
  summary: WholeGraphSummaryAnswer;
}

/** The whole-graph metrics of a network as rows to write back (runs on an analysis thread). */
export function wholeGraphRows(network: Network): WholeGraphResult {
  const m = wholeGraphMetrics(network);
  const rows = network.ids.map((id, i) => {
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
