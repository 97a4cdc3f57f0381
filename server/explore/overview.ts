import type { Overview } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int, type GraphLink, type GraphNode } from '../db/rows.ts';
import { toElements } from '../graph/elements.ts';

/** The domain graph for a first look, up to `limit` nodes. */
export async function overview(db: GraphDb, limit: number): Promise<Overview> {
  const [row] = await db.rows<{ nodes: GraphNode[]; links: GraphLink[] }>('overview', { limit: int(limit + 1) });
  const nodes = row?.nodes ?? [];
  const truncated = nodes.length > limit;
  const elements = toElements(nodes.slice(0, limit), row?.links ?? []);
  return { ...elements, summary: { nodes: elements.nodes.length, edges: elements.edges.length, limit, truncated } };
}
