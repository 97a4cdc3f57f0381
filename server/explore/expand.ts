import type { GraphDb } from '../db/graph-db.ts';
import { int, type Reader } from '../db/rows.ts';
import type { ExpandRequest, Expanded } from '../../contract/index.ts';
import { graphOf } from './graph-of.ts';
import { REL_TYPES } from '../graph/model.ts';
import { keyOf, resolveNodeIds } from './node-ids.ts';
import { periodParams, periodSummary } from './period.ts';

/** Provenance links lead to documents; they are left out unless asked for. */
export const DEFAULT_EXPAND_TYPES = REL_TYPES.filter((t) => t !== 'MENTIONED_IN');

/**
 * The neighbourhood of the given nodes, hop by hop in one read transaction. Each hop adds the
 * most relevant new neighbours that still fit in `limit` nodes; what did not fit is counted.
 */
export async function expand(db: GraphDb, req: ExpandRequest): Promise<Expanded> {
  const relTypes = req.relTypes?.length ? req.relTypes : DEFAULT_EXPAND_TYPES;
  return db.reading(async (read) => {
    const start = [...(await resolveNodeIds(read, req.ids, 'ids')).values()];
    const seen = [...start];
    let frontier = start;
    const cuts: string[] = [];
    let cutNodes = 0;
    for (let hop = 1; hop <= req.hops && frontier.length > 0; hop++) {
      const room = Math.max(0, req.limit - seen.length);
      const { total, kept } = await expandHop(read, req, relTypes, frontier, seen, room);
      if (total > kept.length) {
        cutNodes += total - kept.length;
        cuts.push(`hop ${hop}: kept ${kept.length} of ${total} neighbours`);
      }
      seen.push(...kept);
      frontier = kept;
    }
    const elements = await graphOf(read, seen, relTypes, req);
    const minWeight = req.minWeight;
    const edges = minWeight === undefined ? elements.edges : elements.edges.filter((e) => ((e.data.weight as number | undefined) ?? 1) >= minWeight);
    const cut = cutNodes
      ? {
          nodes: cutNodes,
          reason: `limit of ${req.limit} nodes reached (${cuts.join('; ')}); the most relevant were kept, by link weight, then degree, and nodes beyond the cut were not expanded further`,
        }
      : null;
    return { nodes: elements.nodes, edges, summary: { nodes: elements.nodes.length, edges: edges.length, hops: req.hops, limit: req.limit, cut, period: periodSummary(req) } };
  });
}

async function expandHop(read: Reader, req: ExpandRequest, relTypes: readonly string[], frontier: string[], seen: string[], take: number) {
  const [row] = await read.rows<{ total: number; kept: string[] }>('expand-hop', {
    frontier,
    seen,
    relTypes,
    take: int(take),
    minWeight: req.minWeight ?? null,
    labels: req.labels ?? [],
    helix: req.helix ?? [],
    kinds: req.kinds ?? [],
    sectors: (req.sectors ?? []).map(keyOf),
    technologies: (req.technologies ?? []).map(keyOf),
    regions: (req.regions ?? []).map(keyOf),
    ...periodParams(req),
  });
  return { total: row?.total ?? 0, kept: row?.kept ?? [] };
}
