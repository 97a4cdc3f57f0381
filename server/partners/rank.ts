import { activity, type Activity } from './components/activity.ts';
import { complementarity, type Complementarity } from './components/complementarity.ts';
import { geography, type Geography } from './components/geography.ts';
import { proximityAll, type Proximity } from './components/proximity.ts';
import { topicalFit, type TopicalFit } from './components/topical.ts';
import { candidatesFor, resolveAsker, type Ask, type Asker } from './asker.ts';
import type { PartnerGraph } from './graph.ts';
import { COMPONENTS, DEFAULT_WEIGHTS, type ComponentName, type Weights } from './weights.ts';

export interface Scored {
  id: string;
  score: number;
  components: Record<ComponentName, number>;
  /** Each component's share of the score (weight × value / total weight): they sum to the score. */
  contributions: Record<ComponentName, number>;
  topical: TopicalFit;
  proximity?: Proximity;
  complementarity: Complementarity;
  activity: Activity;
  geography: Geography;
}

/**
 * Scores every candidate: each component in [0, 1] (proximity and activity relative to the best
 * candidate), the total their weighted mean. Sorted best first; equal scores by id.
 */
export function scoreCandidates(g: PartnerGraph, asker: Asker, weights: Partial<Weights> = {}, candidates = candidatesFor(g, asker)): Scored[] {
  const w: Weights = { ...DEFAULT_WEIGHTS, ...weights };
  const total = COMPONENTS.reduce((s, c) => s + w[c], 0) || 1;
  const proximity = proximityAll(g, asker);
  let maxProximity = 0;
  for (const c of candidates) maxProximity = Math.max(maxProximity, proximity.get(c)?.raw ?? 0);
  const acts = candidates.map((c) => activity(g, c));
  const maxActivity = acts.reduce((m, a) => Math.max(m, a.raw), 0);
  const scored = candidates.map((id, i): Scored => {
    const p = proximity.get(id);
    // Every component is computed, weighted or not: the reasons and the bars show all five.
    const t = topicalFit(g, asker, id);
    const comp = complementarity(g, asker, id);
    const geo = geography(g, asker, id);
    const act = acts[i]!;
    const components = {
      topical: t.score,
      proximity: maxProximity ? (p?.raw ?? 0) / maxProximity : 0,
      complementarity: comp.score,
      activity: maxActivity ? act.raw / maxActivity : 0,
      geography: geo.score,
    };
    // Written out rather than mapped over COMPONENTS: this runs for every candidate (~14,000 on CORDIS).
    const contributions = {
      topical: (w.topical * components.topical) / total,
      proximity: (w.proximity * components.proximity) / total,
      complementarity: (w.complementarity * components.complementarity) / total,
      activity: (w.activity * components.activity) / total,
      geography: (w.geography * components.geography) / total,
    };
    const score = contributions.topical + contributions.proximity + contributions.complementarity + contributions.activity + contributions.geography;
    const out: Scored = { id, score, components, contributions, topical: t, complementarity: comp, activity: act, geography: geo };
    if (p) out.proximity = p;
    return out;
  });
  // Sorted as indices over plain numbers: comparing objects' fields and looking ids up in a map in
  // every comparison was a tenth of the scoring.
  const order = idOrder(g);
  const scores = Float64Array.from(scored, (x) => x.score);
  const places = Int32Array.from(scored, (x) => order.get(x.id)!);
  const byRank = Array.from(scored, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || places[a]! - places[b]!);
  return byRank.map((i) => scored[i]!);
}

const idOrders = new WeakMap<PartnerGraph, Map<string, number>>();

/** Each actor's place in id order, once per graph: equal scores are ordered by id without comparing strings every time. */
function idOrder(g: PartnerGraph): Map<string, number> {
  let order = idOrders.get(g);
  if (!order) {
    const ids = g.network.nodes().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    order = new Map(ids.map((id, i) => [id, i]));
    idOrders.set(g, order);
  }
  return order;
}

export function rankPartners(g: PartnerGraph, ask: Ask, weights: Partial<Weights> = {}): { asker: Asker; ranked: Scored[] } {
  const asker = resolveAsker(g, ask);
  return { asker, ranked: scoreCandidates(g, asker, weights) };
}

