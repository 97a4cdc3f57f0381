import type { HelixCounts } from '../analytics/helix.ts';
import type { Network } from '../analytics/whole-graph.ts';
import { countsOf, type ActorRow } from './large-scope.ts';
import type { TieRow } from './period-profile.ts';

/**
 * A large scope as the whole-graph job stores it (a policy, sector or region in all years): how many actors it holds,
 * the element ids of the first DRAW_CUT of them in scope-cut.cypher's order (its drawn cut), and its
 * helix counts — those cypher/queries/scope-helix-actors.cypher and scope-helix-ties.cypher count
 * over its actors in all years, counted here over the network the job read.
 */
export interface StoredScope {
  total: number;
  shown: string[];
  counts: HelixCounts;
}

/**
 * The helix counts of the actors `members` (indices into `network`) in all years: each actor by its
 * helix, isolated when no link of weight above 0 ties it to another member; each link between two
 * members (not to itself) of weight above 0 by the helices of its ends, as the database counts them
 * (a link's weight in all years is its weight, 1 when it has none: the network's weights).
 */
export function scopeCountsOf(network: Network, members: Uint8Array): HelixCounts {
  const { helix, source, target, weight } = network;
  const tied = new Uint8Array(members.length);
  const tieRows: TieRow[] = [];
  const ties = new Map<string, TieRow>();
  for (let k = 0; k < source.length; k++) {
    const a = source[k]!;
    const b = target[k]!;
    const w = weight[k]!;
    if (a === b || !members[a] || !members[b] || !(w > 0)) continue;
    tied[a] = 1;
    tied[b] = 1;
    const g = helix[a] ?? null;
    const h = helix[b] ?? null;
    const key = `${String(g)}|${String(h)}`;
    let row = ties.get(key);
    if (!row) {
      row = { g, h, ties: 0, weight: 0 };
      ties.set(key, row);
      tieRows.push(row);
    }
    row.ties += 1;
    row.weight += w;
  }
  const actors = new Map<string, ActorRow>();
  const actorRows: ActorRow[] = [];
  for (let i = 0; i < members.length; i++) {
    if (!members[i]) continue;
    const key = String(helix[i] ?? null);
    let row = actors.get(key);
    if (!row) {
      row = { helix: helix[i] ?? null, actors: 0, isolated: 0 };
      actors.set(key, row);
      actorRows.push(row);
    }
    row.actors += 1;
    if (!tied[i]) row.isolated += 1;
  }
  return countsOf(actorRows, tieRows);
}
