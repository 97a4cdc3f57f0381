import type { PartnerNetwork, TieAttributes } from './graph.ts';

/**
 * The actor network as compressed adjacency over node indices, with what proximity reads of each
 * tie. Proximity walks the ties of every partner of the asker: for a hub of the CORDIS graph that
 * is millions of steps, which graphology's callbacks and per-candidate objects made take seconds.
 */
export interface TieIndex {
  ids: string[];
  index: Map<string, number>;
  /** Ties of node i are entries starts[i] … starts[i + 1] - 1. */
  starts: Int32Array;
  neighbors: Int32Array;
  /** How often the pair worked together (see `repeats`). */
  repeats: Float64Array;
  /** Tie strength (TieAttributes.weight: a shared project of n members adds 1/(n − 1)). */
  weights: Float64Array;
  /** The latest year the pair worked together (0 when unknown). */
  lastYears: Int16Array;
}

export const isStrong = (t: TieAttributes) => t.types.length > 0 || t.projects >= 2;

/** How often a pair worked together: shared projects plus kinds of direct link (at least 1 for any tie). */
export const repeats = (t: TieAttributes) => Math.max(1, t.projects + t.types.length);

export function tieIndexOf(network: PartnerNetwork): TieIndex {
  const ids = network.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const entries = 2 * network.size;
  const starts = new Int32Array(ids.length + 1);
  const neighbors = new Int32Array(entries);
  const repeatsOf = new Float64Array(entries);
  const weights = new Float64Array(entries);
  const lastYears = new Int16Array(entries);
  let cursor = 0;
  ids.forEach((id, i) => {
    starts[i] = cursor;
    network.forEachEdge(id, (_e, tie, source, target) => {
      neighbors[cursor] = index.get(source === id ? target : source)!;
      repeatsOf[cursor] = repeats(tie);
      weights[cursor] = tie.weight;
      lastYears[cursor] = tie.lastYear ?? 0;
      cursor++;
    });
  });
  starts[ids.length] = cursor;
  return { ids, index, starts, neighbors, repeats: repeatsOf, weights, lastYears };
}
