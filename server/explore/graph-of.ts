import type { ManagedTransaction, Node, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { query } from '../db/queries.ts';
import { toElements, type GraphElements } from '../graph/elements.ts';

/** The given nodes (by Neo4j element id) and the links of `types` among them, as elements. */
export async function graphOf(tx: ManagedTransaction, ids: readonly string[], types: readonly string[]): Promise<GraphElements> {
  const { nodes, links } = splitRows((await tx.run(query('graph-of'), { ids, types })).records);
  return toElements(nodes, links);
}

/** Rows of a graph query that returns one row per node (`x`) and one per link (`r`). */
export function splitRows(records: readonly Neo4jRecord[]): { nodes: Node[]; links: Relationship[] } {
  const nodes: Node[] = [];
  const links: Relationship[] = [];
  for (const record of records) {
    const node = record.get('x') as Node | null;
    if (node) nodes.push(node);
    else links.push(record.get('r') as Relationship);
  }
  return { nodes, links };
}
