import type { GraphDb } from '../db/graph-db.ts';
import { int } from '../db/rows.ts';
import type { ExpandRequest, Expanded } from '../../contract/index.ts';
import type { GraphElements } from '../graph/elements.ts';
import { elementsOf, graphOf, type GraphRow } from './graph-of.ts';
import { REL_TYPES } from '../graph/model.ts';
import { keyOf, resolveNodeIds, splitNodeId } from './node-ids.ts';
import { periodParams, periodSummary } from './period.ts';

/** Provenance links lead to documents; they are left out unless asked for. */
export const DEFAULT_EXPAND_TYPES = REL_TYPES.filter((t) => t !== 'MENTIONED_IN');

/** What one hop found: how many new neighbours passed the filters, and how many fit in the limit. */
interface Hop {
  total: number;
  kept: number;
}

/**
 * The neighbourhood of the given nodes: each hop adds the most relevant new neighbours that still
 * fit in `limit` nodes; what did not fit is counted. One hop around nodes of one label (what the
 * canvas asks when a node is expanded) is one query; otherwise hop by hop in one read transaction.
 */
export async function expand(db: GraphDb, req: ExpandRequest): Promise<Expanded> {
  return (req.hops === 1 && (await expandOneHop(db, req))) || expandHopByHop(db, req);
}

const relTypesOf = (req: ExpandRequest) => (req.relTypes?.length ? req.relTypes : DEFAULT_EXPAND_TYPES);

/** The parameters of expand-hop but the frontier and the nodes seen. */
function hopParams(req: ExpandRequest, take: number) {
  return {
    relTypes: relTypesOf(req),
    take: int(take),
    minWeight: req.minWeight ?? null,
    labels: req.labels ?? [],
    helix: req.helix ?? [],
    kinds: req.kinds ?? [],
    sectors: (req.sectors ?? []).map(keyOf),
    technologies: (req.technologies ?? []).map(keyOf),
    regions: (req.regions ?? []).map(keyOf),
    ...periodParams(req),
  };
}

/**
 * One hop around start nodes of one label, in one auto-commit read (expand-one-hop): the hop and
 * the graph of its nodes without the round trips of three queries and a transaction. Undefined
 * when the starts have several labels or one does not exist (the general path names it).
 */
async function expandOneHop(db: GraphDb, req: ExpandRequest): Promise<Expanded | undefined> {
  const starts = [...new Set(req.ids)].map(splitNodeId);
  const label = starts[0]!.label;
  if (starts.some((s) => s.label !== label)) return undefined;
  const rows = await db.readOnce<GraphRow & Hop>({ name: 'expand-one-hop', slots: { LABEL: label } }, {
    keys: starts.map((s) => s.key),
    types: relTypesOf(req),
    ...hopParams(req, Math.max(0, req.limit - starts.length)),
  });
  if (!rows.length) return undefined;
  const { total, kept } = rows[0]!;
  return answer(req, elementsOf(rows, req), [{ total, kept }]);
}

/** Any number of hops, each a query, and the graph of the nodes found, in one read transaction. */
export async function expandHopByHop(db: GraphDb, req: ExpandRequest): Promise<Expanded> {
  return db.reading(async (read) => {
    const start = [...(await resolveNodeIds(read, req.ids, 'ids')).values()];
    const seen = [...start];
    let frontier = start;
    const hops: Hop[] = [];
    for (let hop = 1; hop <= req.hops && frontier.length > 0; hop++) {
      const room = Math.max(0, req.limit - seen.length);
      const [row] = await read.rows<{ total: number; kept: string[] }>('expand-hop', { frontier, seen, ...hopParams(req, room) });
      const kept = row?.kept ?? [];
      hops.push({ total: row?.total ?? 0, kept: kept.length });
      seen.push(...kept);
      frontier = kept;
    }
    return answer(req, await graphOf(read, seen, relTypesOf(req), req), hops);
  });
}

function answer(req: ExpandRequest, elements: GraphElements, hops: Hop[]): Expanded {
  const cuts = hops.flatMap((h, i) => (h.total > h.kept ? [`hop ${i + 1}: kept ${h.kept} of ${h.total} neighbours`] : []));
  const cutNodes = hops.reduce((n, h) => n + h.total - h.kept, 0);
  const minWeight = req.minWeight;
  const edges = minWeight === undefined ? elements.edges : elements.edges.filter((e) => ((e.data.weight as number | undefined) ?? 1) >= minWeight);
  const cut = cutNodes
    ? {
        nodes: cutNodes,
        reason: `limit of ${req.limit} nodes reached (${cuts.join('; ')}); the most relevant were kept, by link weight, then degree, and nodes beyond the cut were not expanded further`,
      }
    : null;
  return { nodes: elements.nodes, edges, summary: { nodes: elements.nodes.length, edges: edges.length, hops: req.hops, limit: req.limit, cut, period: periodSummary(req) } };
}
