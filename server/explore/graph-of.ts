import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import { query } from '../db/queries.ts';
import { toElements, type GraphElements } from '../graph/elements.ts';

/** The given nodes (by Neo4j element id) and the links of `types` among them, as elements. */
export async function graphOf(tx: ManagedTransaction, ids: readonly string[], types: readonly string[]): Promise<GraphElements> {
  const result = await tx.run(query('graph-of'), { ids, types });
  const nodes: Node[] = [];
  const links: Relationship[] = [];
  for (const record of result.records) {
    const node = record.get('x') as Node | null;
    if (node) nodes.push(node);
    else links.push(record.get('r') as Relationship);
  }
  return toElements(nodes, links);
}
