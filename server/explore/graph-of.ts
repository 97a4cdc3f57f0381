import type { GraphLink, GraphNode, Reader } from '../db/rows.ts';
import { toElements, type GraphElements } from '../graph/elements.ts';

/** The given nodes (by Neo4j element id) and the links of `types` among them, as elements. */
export async function graphOf(read: Reader, ids: readonly string[], types: readonly string[]): Promise<GraphElements> {
  const { nodes, links } = splitRows(await read.rows<GraphRow>('graph-of', { ids, types }));
  return toElements(nodes, links);
}

export interface GraphRow {
  x: GraphNode | null;
  r: GraphLink | null;
}

/** Rows of a graph query that returns one row per node (`x`) and one per link (`r`). */
export function splitRows(rows: readonly GraphRow[]): { nodes: GraphNode[]; links: GraphLink[] } {
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  for (const { x, r } of rows) {
    if (x) nodes.push(x);
    else if (r) links.push(r);
  }
  return { nodes, links };
}
