import type { WholeGraphSummaryAnswer } from '../../contract/index.ts';
import { brokerageAt } from '../analytics/triangle-brokerage.ts';
import { combined, type WholeGraphBetweenness, type WholeGraphCommunities, type WholeGraphNeighbourhoods, type WholeGraphPaths } from '../analytics/whole-graph.ts';

/** One actor's metrics as the job writes them (names of WHOLE_GRAPH_PROPERTIES): all of them, or those of one part. */
export interface WholeGraphRow {
  id: string;
  metrics: Record<string, number>;
}

export interface WholeGraphResult {
  rows: WholeGraphRow[];
  summary: WholeGraphSummaryAnswer;
}

/** Betweenness and closeness per actor (`ids`), as rows to write back as soon as they are computed. */
export function betweennessRows(ids: readonly string[], m: WholeGraphBetweenness): WholeGraphRow[] {
  return ids.map((id, i) => ({ id, metrics: { betweenness: m.betweenness[i]!, closeness: m.closeness[i]! } }));
}

/** The neighbourhood metrics per actor (`ids`), as rows to write back as soon as they are computed. */
export function neighbourhoodRows(ids: readonly string[], m: WholeGraphNeighbourhoods): WholeGraphRow[] {
  return ids.map((id, i) => {
    const b = brokerageAt(m.brokerage, i);
    return {
      id,
      metrics: {
        degree: m.degree[i]!,
        weightedDegree: m.weightedDegree[i]!,
        kcore: m.kcore[i]!,
        clustering: m.clustering[i]!,
        brokerageCoordinator: b.coordinator,
        brokerageGatekeeperRepresentative: b.gatekeeperRepresentative,
        brokerageConsultant: b.consultant,
        brokerageLiaison: b.liaison,
        brokerageTotal: b.total,
      },
    };
  });
}

/** PageRank, community and eigenvector centrality per actor (`ids`), as rows to write back as soon as they are computed. */
export function communitiesRows(ids: readonly string[], m: WholeGraphCommunities): WholeGraphRow[] {
  return ids.map((id, i) => ({ id, metrics: { pagerank: m.pagerank[i]!, community: m.community[i]!, eigenvector: m.eigenvector[i]! } }));
}

/** The whole-graph metrics of a network's actors (`ids`), from its paths and communities: every metric per actor, and the summary. */
export function wholeGraphRows(ids: readonly string[], paths: WholeGraphPaths, communities: WholeGraphCommunities): WholeGraphResult {
  const c = communitiesRows(ids, communities);
  const b = betweennessRows(ids, paths);
  const h = neighbourhoodRows(ids, paths);
  const rows = ids.map((id, i) => ({ id, metrics: { ...h[i]!.metrics, ...b[i]!.metrics, ...c[i]!.metrics } }));
  return { rows, summary: combined(paths, communities).summary };
}
