import type { GraphLink, GraphNode, Reader } from '../db/rows.ts';
import { toElements, type GraphElements } from '../graph/elements.ts';
import { markUndated, periodParams, weighted, type PeriodInput } from './period.ts';

/** The given nodes (by Neo4j element id) and the links of `types` among them that count in the period, as elements. */
export async function graphOf(read: Reader, ids: readonly string[], types: readonly string[], period: PeriodInput = {}): Promise<GraphElements> {
  return elementsOf(await read.rows<GraphRow>('graph-of', { ids: [...new Set(ids)], types, ...periodParams(period) }), period);
}

/** The elements of graph-of's rows (or of a query that glues it in), undated ones marked as the period asks. */
export function elementsOf(rows: readonly GraphRow[], period: PeriodInput = {}): GraphElements {
  const { nodes, links } = splitRows(rows);
  return markUndated(toElements(nodes, links), period);
}

export interface GraphRow {
  x: GraphNode | null;
  r: GraphLink | null;
  /** The link's weight in the period, where the query says. */
  w?: number | null;
}

/** Rows of a graph query that returns one row per node (`x`) and one per link (`r`, with its weight in the period `w`). */
export function splitRows(rows: readonly GraphRow[]): { nodes: GraphNode[]; links: GraphLink[] } {
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  for (const { x, r, w } of rows) {
    if (x) nodes.push(x);
    else if (r) links.push(weighted(r, w));
  }
  return { nodes, links };
}
