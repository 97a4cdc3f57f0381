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
    const contributions = Object.fromEntries(COMPONENTS.map((c) => [c, (w[c] * components[c]) / total])) as Record<ComponentName, number>;
    const score = COMPONENTS.reduce((s, c) => s + contributions[c], 0);
    return { id, score, components, contributions, topical: t, ...(p ? { proximity: p } : {}), complementarity: comp, activity: act, geography: geo };
  });
  return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function rankPartners(g: PartnerGraph, ask: Ask, weights: Partial<Weights> = {}): { asker: Asker; ranked: Scored[] } {
  const asker = resolveAsker(g, ask);
  return { asker, ranked: scoreCandidates(g, asker, weights) };
}

