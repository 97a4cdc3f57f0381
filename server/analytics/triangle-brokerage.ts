import type { Adjacency } from './adjacency.ts';
import { emptyBrokerage, type BrokerageCounts } from './brokerage.ts';

/** Roles in the order of the per-node arrays: coordinator, gatekeeperRepresentative, consultant, liaison. */
const ROLES = ['coordinator', 'gatekeeperRepresentative', 'consultant', 'liaison'] as const;

export interface TriangleBrokerage {
  /** Per node, 4 counts in ROLES order (node i at 4i … 4i + 3); nodes without a group have zeros. */
  roles: Float64Array;
  /** Triangles through each node (all nodes, grouped or not). */
  triangles: Float64Array;
  totals: BrokerageCounts;
}

/**
 * The Gould–Fernandez counts of brokerage.ts, from the same definition, at whole-graph scale.
 * brokerage() visits every pair of every broker's neighbours: the sum of squared degrees, 3 × 10⁸
 * pairs on the Belgian CORDIS graph. Here the pairs are counted by group (c_g · c_h, or c_g choose
 * 2) and the closed ones subtracted: those are the triangles through the broker, enumerated once
 * each along edges oriented from lower to higher degree (Chiba & Nishizeki 1985), O(m √m).
 * `group[i]` is node i's group (0 … groups − 1) or −1: such nodes are no broker and no end.
 */
export function triangleBrokerage(adj: Adjacency, group: Int8Array, groups: number): TriangleBrokerage {
  const n = adj.ids.length;
  const pairs = groups * groups;
  // closed[v * pairs + g * groups + h]: triangles through v whose other two ends are in g and h (g ≤ h)
  const closed = new Float64Array(n * pairs);
  const triangles = new Float64Array(n);
  const degree = (v: number) => adj.starts[v + 1]! - adj.starts[v]!;
  const before = (u: number, v: number) => degree(u) < degree(v) || (degree(u) === degree(v) && u < v);
  // out-neighbours: the higher-ranked end of each edge
  const outStarts = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let count = 0;
    for (let j = adj.starts[v]!; j < adj.starts[v + 1]!; j++) if (before(v, adj.neighbors[j]!)) count++;
    outStarts[v + 1] = outStarts[v]! + count;
  }
  const out = new Int32Array(outStarts[n]!);
  for (let v = 0, cursor = 0; v < n; v++) {
    for (let j = adj.starts[v]!; j < adj.starts[v + 1]!; j++) if (before(v, adj.neighbors[j]!)) out[cursor++] = adj.neighbors[j]!;
  }
  const mark = new Int32Array(n).fill(-1);
  const credit = (v: number, a: number, c: number) => {
    triangles[v]!++;
    const ga = group[a]!;
    const gc = group[c]!;
    if (group[v]! < 0 || ga < 0 || gc < 0) return;
    closed[v * pairs + Math.min(ga, gc) * groups + Math.max(ga, gc)]!++;
  };
  for (let u = 0; u < n; u++) {
    for (let j = outStarts[u]!; j < outStarts[u + 1]!; j++) mark[out[j]!] = u;
    for (let j = outStarts[u]!; j < outStarts[u + 1]!; j++) {
      const v = out[j]!;
      for (let i = outStarts[v]!; i < outStarts[v + 1]!; i++) {
        const w = out[i]!;
        if (mark[w] !== u) continue;
        credit(u, v, w);
        credit(v, u, w);
        credit(w, u, v);
      }
    }
  }

  const roles = new Float64Array(n * ROLES.length);
  const totals = emptyBrokerage();
  const count = new Float64Array(groups);
  for (let b = 0; b < n; b++) {
    const gb = group[b]!;
    if (gb < 0) continue;
    count.fill(0);
    for (let j = adj.starts[b]!; j < adj.starts[b + 1]!; j++) {
      const g = group[adj.neighbors[j]!]!;
      if (g >= 0) count[g]!++;
    }
    for (let g = 0; g < groups; g++) {
      for (let h = g; h < groups; h++) {
        const all = g === h ? (count[g]! * (count[g]! - 1)) / 2 : count[g]! * count[h]!;
        const open = all - closed[b * pairs + g * groups + h]!;
        if (open === 0) continue;
        const role = g === h ? (g === gb ? 0 : 2) : g === gb || h === gb ? 1 : 3;
        roles[b * ROLES.length + role]! += open;
        totals[ROLES[role]!] += open;
        totals.total += open;
      }
    }
  }
  return { roles, triangles, totals };
}

/** Node i's counts from the arrays of triangleBrokerage. */
export function brokerageAt(roles: ArrayLike<number>, i: number): BrokerageCounts {
  const counts = emptyBrokerage();
  ROLES.forEach((role, r) => {
    counts[role] = roles[i * ROLES.length + r]!;
    counts.total += counts[role];
  });
  return counts;
}
