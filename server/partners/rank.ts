import { activity, type Activity } from './components/activity.ts';
import { complementarity, complementarityScore, type Complementarity } from './components/complementarity.ts';
import { geography, geographyScore, type Geography } from './components/geography.ts';
import { proximityAll, type Proximity, type ProximityTable } from './components/proximity.ts';
import { topicalFit, topicalScore, type TopicalFit } from './components/topical.ts';
import { candidatesFor, resolveAsker, type Ask, type Asker } from './asker.ts';
import type { PartnerGraph } from './graph.ts';
import { COMPONENTS, DEFAULT_WEIGHTS, type ComponentName, type Weights } from './weights.ts';

/** A scored candidate, to be read (scoring hands out a view whose details are built when first read, not plain data to copy or serialise). */
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

/** One asker's scoring: the weights, and each candidate's five component values (COMPONENTS order, five per candidate). */
interface Scoring {
  g: PartnerGraph;
  asker: Asker;
  /** The weights in COMPONENTS order, and their sum. */
  weights: number[];
  total: number;
  proximity: ProximityTable;
  values: Float64Array;
}

/** Component j's share of the score of the candidate whose values start at k: weight × value / total weight. */
const share = ({ weights, values, total }: Scoring, k: number, j: number) => (weights[j]! * values[k + j]!) / total;

/**
 * A scored candidate: its score and components at once, what each component is made of (topics,
 * regions, helices, common partners) when first read. Every candidate is scored, ~18,000 on
 * CORDIS, and an answer reads the details of a few hundred: building them all was half the scoring
 * time and most of the garbage an answer left.
 */
class ScoredCandidate implements Scored {
  private topicalFit?: TopicalFit;
  private proximityOf?: Proximity | null;
  private complementarityOf?: Complementarity;
  private geographyOf?: Geography;

  constructor(
    private readonly scoring: Scoring,
    private readonly at: number,
    readonly id: string,
    readonly score: number,
  ) {}

  get components(): Record<ComponentName, number> {
    const k = this.at * COMPONENTS.length;
    return Object.fromEntries(COMPONENTS.map((c, j) => [c, this.scoring.values[k + j]!])) as Record<ComponentName, number>;
  }

  get contributions(): Record<ComponentName, number> {
    const k = this.at * COMPONENTS.length;
    return Object.fromEntries(COMPONENTS.map((c, j) => [c, share(this.scoring, k, j)])) as Record<ComponentName, number>;
  }

  get topical(): TopicalFit {
    return (this.topicalFit ??= topicalFit(this.scoring.g, this.scoring.asker, this.id));
  }

  get proximity(): Proximity | undefined {
    this.proximityOf ??= this.scoring.proximity.get(this.id) ?? null;
    return this.proximityOf ?? undefined;
  }

  get complementarity(): Complementarity {
    return (this.complementarityOf ??= complementarity(this.scoring.g, this.scoring.asker, this.id));
  }

  get activity(): Activity {
    return activity(this.scoring.g, this.id);
  }

  get geography(): Geography {
    return (this.geographyOf ??= geography(this.scoring.g, this.scoring.asker, this.id));
  }
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
  let maxActivity = 0;
  for (const c of candidates) {
    maxProximity = Math.max(maxProximity, proximity.raw(c));
    maxActivity = Math.max(maxActivity, activity(g, c).raw);
  }
  const scoring: Scoring = { g, asker, weights: COMPONENTS.map((c) => w[c]), total, proximity, values: new Float64Array(candidates.length * COMPONENTS.length) };
  const scores = new Float64Array(candidates.length);
  candidates.forEach((id, i) => {
    const k = i * COMPONENTS.length;
    const v = scoring.values;
    // Every component is computed, weighted or not: the reasons and the bars show all five (COMPONENTS order).
    v[k] = topicalScore(g, asker, id);
    v[k + 1] = maxProximity ? proximity.raw(id) / maxProximity : 0;
    v[k + 2] = complementarityScore(g, asker, id);
    v[k + 3] = maxActivity ? activity(g, id).raw / maxActivity : 0;
    v[k + 4] = geographyScore(g, asker, id);
    scores[i] = share(scoring, k, 0) + share(scoring, k, 1) + share(scoring, k, 2) + share(scoring, k, 3) + share(scoring, k, 4);
  });
  // Sorted as indices over plain numbers: comparing objects' fields and looking ids up in a map in
  // every comparison was a tenth of the scoring.
  const order = idOrder(g);
  const places = Int32Array.from(candidates, (id) => order.get(id)!);
  const byRank = Array.from(candidates, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || places[a]! - places[b]!);
  return byRank.map((i) => new ScoredCandidate(scoring, i, candidates[i]!, scores[i]!));
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

