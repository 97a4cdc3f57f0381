import type { Overview } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { int, type GraphLink, type GraphNode } from '../db/rows.ts';
import { toElements } from '../graph/elements.ts';
import { markUndated, periodParams, periodSummary, weighted, type PeriodInput } from './period.ts';

/**
 * The domain graph for a first look: its `limit` most connected nodes, most connected first, and
 * how many there are in all (`total`), in the period when one is given.
 */
export async function overview(db: GraphDb, limit: number, period: PeriodInput = {}): Promise<Overview> {
  const [row] = await db.rows<{ nodes: GraphNode[]; links: GraphLink[]; weights: number[]; total: number }>('overview', { limit: int(limit), ...periodParams(period) });
  const nodes = row?.nodes ?? [];
  const total = Number(row?.total ?? 0);
  const truncated = total > nodes.length;
  const links = (row?.links ?? []).map((r, i) => weighted(r, row?.weights[i]));
  const elements = markUndated(toElements(nodes, links), period);
  return { ...elements, summary: { nodes: elements.nodes.length, edges: elements.edges.length, limit, truncated, total, period: periodSummary(period) } };
}
