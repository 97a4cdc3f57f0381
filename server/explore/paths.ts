import { avoidHelix as avoiding, buildGraph, kShortestPaths, onlyEdgeTypes } from '../analytics/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { Reader } from '../db/rows.ts';
import type { PathsRequest, PathsResult } from '../../contract/index.ts';
import { graphOf } from './graph-of.ts';
import { REL_TYPES } from '../graph/model.ts';
import { Invalid } from '../domain-errors.ts';
import { toAnalyticsElements } from './analytics-input.ts';
import { resolveNodeIds } from './node-ids.ts';
import { periodParams, periodSummary, type PeriodInput } from './period.ts';

/** Provenance and key-figure links would join everything through documents and tables. */
const PATH_TYPES = REL_TYPES.filter((t) => !['MENTIONED_IN', 'OF_SECTOR', 'IN_REGION'].includes(t));

/**
 * The k shortest simple paths between two nodes. Every node of a path of at most maxHops lies
 * within ceil(maxHops / 2) hops of one of its ends, so only those two neighbourhoods are read
 * (at most `limit` nodes) and the paths are found in them by server/analytics.
 */
export async function findPaths(db: GraphDb, req: PathsRequest, limit: number): Promise<PathsResult> {
  if (req.from === req.to) throw new Invalid('to', 'must be another node than from');
  const types = req.only === 'collaboration' ? ['COLLABORATES_WITH'] : PATH_TYPES;
  const { elements, truncated } = await db.reading(async (read) => {
    const from = (await resolveNodeIds(read, [req.from], 'from')).get(req.from)!;
    const to = (await resolveNodeIds(read, [req.to], 'to')).get(req.to)!;
    const { ids, truncated } = await neighbourhood(read, [from, to], types, Math.ceil(req.maxHops / 2), limit, req);
    return { elements: await graphOf(read, ids, types, req), truncated };
  });
  const graph = buildGraph(toAnalyticsElements(elements));
  const found = kShortestPaths(graph, req.from, req.to, {
    k: req.k,
    maxHops: req.maxHops,
    ...(req.avoidHelix?.length ? { excludeNode: avoiding(...req.avoidHelix) } : {}),
    ...(req.only === 'collaboration' ? { excludeEdge: onlyEdgeTypes('COLLABORATES_WITH') } : {}),
  });
  const paths = found.map((p) => ({ nodes: p.nodes, edges: p.edges.map((ids) => ids[0]!), hops: p.hops }));
  const nodeIds = new Set(paths.flatMap((p) => p.nodes));
  const edgeIds = new Set(paths.flatMap((p) => p.edges));
  return {
    nodes: elements.nodes.filter((n) => nodeIds.has(n.data.id)),
    edges: elements.edges.filter((e) => edgeIds.has(e.data.id)),
    paths,
    summary: { paths: paths.length, searched: { nodes: elements.nodes.length, truncated }, period: periodSummary(req) },
  };
}

async function neighbourhood(read: Reader, start: string[], types: readonly string[], radius: number, limit: number, period: PeriodInput) {
  const seen = new Set(start);
  let frontier = start;
  for (let hop = 0; hop < radius && frontier.length > 0; hop++) {
    const [row] = await read.rows<{ ids: string[] }>('neighbours-of', { frontier, types, ...periodParams(period) });
    const next = (row?.ids ?? []).filter((id) => !seen.has(id));
    if (seen.size + next.length > limit) return { ids: [...seen, ...next.slice(0, limit - seen.size)], truncated: true };
    next.forEach((id) => seen.add(id));
    frontier = next;
  }
  return { ids: [...seen], truncated: false };
}
