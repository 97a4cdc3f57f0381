import { UndirectedGraph } from 'graphology';
import type { EdgeData, Elements, NodeData } from './elements.ts';

export interface TieAttributes {
  /** Sum of the weights of the merged original edges (each defaults to 1). */
  weight: number;
  /** The original edges between this pair, in input order. */
  members: EdgeData[];
}

export type AnalyticsGraph = UndirectedGraph<NodeData, TieAttributes>;

/**
 * Builds an undirected simple graph from a graph result. Parallel edges between the same pair
 * (whatever their type or direction) become one edge whose weight is the sum of theirs and which
 * remembers them as `members`; self-loops are dropped. Duplicate node ids and edges that point
 * at a node missing from the result are errors, since they mean the result is inconsistent.
 */
export function buildGraph(elements: Elements): AnalyticsGraph {
  const graph: AnalyticsGraph = new UndirectedGraph<NodeData, TieAttributes>();
  for (const { data } of elements.nodes) {
    if (graph.hasNode(data.id)) throw new Error(`node "${data.id}" appears twice in the graph result`);
    graph.addNode(data.id, data);
  }
  const edgeIds = new Set<string>();
  for (const { data } of elements.edges) {
    if (edgeIds.has(data.id)) throw new Error(`edge "${data.id}" appears twice in the graph result`);
    edgeIds.add(data.id);
    for (const end of [data.source, data.target]) {
      if (!graph.hasNode(end)) {
        throw new Error(`edge "${data.id}" refers to node "${end}", which is not in the graph result`);
      }
    }
    if (data.source === data.target) continue;
    const weight = data.weight ?? 1;
    const existing = graph.edge(data.source, data.target);
    if (existing === undefined) {
      graph.addEdgeWithKey(data.id, data.source, data.target, { weight, members: [data] });
    } else {
      graph.updateEdgeAttributes(existing, (attrs) => ({
        weight: attrs.weight + weight,
        members: [...attrs.members, data],
      }));
    }
  }
  return graph;
}
