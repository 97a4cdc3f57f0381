import { seededRandom } from '../../analytics/random.ts';
import { candidatesFor, resolveAsker } from '../asker.ts';
import { buildPartnerGraph, type PartnerGraph } from '../graph.ts';
import { scoreCandidates } from '../rank.ts';
import { servedRanking } from '../served.ts';
import { DEFAULT_WEIGHTS, type Weights } from '../weights.ts';
import type { Cordis } from './cordis.ts';
import { trainRanker, type TrainedRanker } from '../learned/train.ts';
import { evaluateColdStart, type ColdStart } from './cold-start.ts';
import { bootstrap, type Interval } from './bootstrap.ts';
import { averagePrecision, precisionAt, recallAt, rocAuc } from './metrics.ts';
import { sampleAskers, temporalSplit } from './temporal.ts';

export const METHODS = ['learned', 'served', 'weights', 'adamicAdar', 'commonNeighbours', 'preferentialAttachment', 'random'] as const;
export type Method = (typeof METHODS)[number];

export const MEASURES = ['precisionAt10', 'recallAt50', 'map', 'auc'] as const;
export type Measure = (typeof MEASURES)[number];

export interface MethodScores {
  precisionAt10: number;
  recallAt50: number;
  map: number;
  auc: number;
}

export interface EvaluationOptions {
  cutoff: number;
  sample: number;
  seed: number;
}

export interface Evaluation {
  methods: Record<Method, MethodScores>;
  /** Each mean with its 95 % bootstrap interval over actors. */
  intervals: Record<Method, Record<Measure, Interval>>;
  /** MAP and precision@10 as multiples of Adamic–Adar's, with bootstrap intervals. */
  versusAdamicAdar: Record<'learned' | 'served' | 'weights', Record<'map' | 'precisionAt10', Interval>>;
  setup: {
    cutoff: number;
    seed: number;
    trainProjects: number;
    trainActors: number;
    actorsWithNewPartners: number;
    evaluatedActors: number;
    candidatesPerActor: { mean: number; min: number; max: number };
    newPartnersPerActor: { mean: number };
    /**
     * What `POST /api/partners` and the Partners view serve by default (a request by actor without
     * weights), scored through the same function (served.ts): the learned ranker's order.
     */
    served: 'learned';
    /** The default weights: the `weights` row, and the weighted ranking the learned ranker reorders. */
    servedWeights: Weights;
  };
  /** Actors with no project before the cut-off, asked by need (their first project's programme parts and region). */
  coldStart: ColdStart;
  /** The learned ranker of the `learned` row: weights, split year and training figures. */
  ranker: TrainedRanker;
}


function baselines(g: PartnerGraph, asker: string, candidates: string[], random: () => number): Record<Exclude<Method, 'served' | 'learned' | 'weights'>, Map<string, number>> {
  const cn = new Map<string, number>();
  const aa = new Map<string, number>();
  g.network.forEachNeighbor(asker, (z) => {
    const degree = g.network.degree(z);
    g.network.forEachNeighbor(z, (c) => {
      cn.set(c, (cn.get(c) ?? 0) + 1);
      aa.set(c, (aa.get(c) ?? 0) + 1 / Math.log(degree));
    });
  });
  const own = g.network.degree(asker);
  const out = { adamicAdar: new Map<string, number>(), commonNeighbours: new Map<string, number>(), preferentialAttachment: new Map<string, number>(), random: new Map<string, number>() };
  for (const c of candidates) {
    out.commonNeighbours.set(c, cn.get(c) ?? 0);
    out.adamicAdar.set(c, aa.get(c) ?? 0);
    out.preferentialAttachment.set(c, own * g.network.degree(c));
    out.random.set(c, random());
  }
  return out;
}

/** Best first; equal scores in one seeded order shared by all methods, so no method gains from ties. */
function order(scores: Map<string, number>, tieBreak: Map<string, number>): string[] {
  // Tuples rather than map look-ups in the comparator: sorting 13,000 candidates ten times per
  // asker was most of the evaluation's time.
  const rows = [...scores].map(([id, score]) => ({ id, score, tie: tieBreak.get(id)! }));
  rows.sort((a, b) => b.score - a.score || a.tie - b.tie);
  return rows.map((r) => r.id);
}

export function evaluate(cordis: Cordis, options: EvaluationOptions): Evaluation {
  const { train, future } = temporalSplit(cordis, options.cutoff);
  const g = buildPartnerGraph(train);
  // Trained on the training years only: its labels are the pairs of the last two years before the cut-off.
  const ranker = trainRanker(train, { seed: options.seed });
  if (!ranker) throw new Error(`no new partnerships in the two years before ${options.cutoff} to learn from`);
  const askers = sampleAskers(future, options.sample, options.seed);
  const random = seededRandom(options.seed + 1);
  const perActor = Object.fromEntries(METHODS.map((m) => [m, Object.fromEntries(MEASURES.map((k) => [k, [] as number[]]))])) as Record<Method, Record<Measure, number[]>>;
  const candidateCounts: number[] = [];
  let newPartners = 0;
  for (const id of askers) {
    const asker = resolveAsker(g, { actors: [id] });
    const candidates = candidatesFor(g, asker);
    const relevant = new Set([...future.get(id)!].filter((c) => !asker.partners.has(c)));
    candidateCounts.push(candidates.length);
    newPartners += relevant.size;
    const tieBreak = new Map(candidates.map((c) => [c, random()]));
    // What the API serves a request by actor without weights once its model is trained: the same function.
    const served = new Map(servedRanking(g, asker, { model: ranker.model }, candidates).map((r) => [r.scored.id, r.score]));
    // The learned ranker is what the API serves: the same order (reranking again would compute every pair's features twice).
    const learned = served;
    // The weighted ranking with the default weights (a request with them).
    const weights = new Map(scoreCandidates(g, asker, DEFAULT_WEIGHTS, candidates).map((s) => [s.id, s.score]));
    const all: Record<Method, Map<string, number>> = { learned, served, weights, ...baselines(g, id, candidates, random) };
    for (const m of METHODS) {
      const ranked = order(all[m], tieBreak);
      perActor[m].precisionAt10.push(precisionAt(ranked, relevant, 10));
      perActor[m].recallAt50.push(recallAt(ranked, relevant, 50));
      perActor[m].map.push(averagePrecision(ranked, relevant));
      perActor[m].auc.push(rocAuc(all[m], relevant));
    }
  }
  const n = askers.length || 1;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / n);
  const methods = Object.fromEntries(
    METHODS.map((m) => [m, { precisionAt10: mean(perActor[m].precisionAt10), recallAt50: mean(perActor[m].recallAt50), map: mean(perActor[m].map), auc: mean(perActor[m].auc) }]),
  ) as Record<Method, MethodScores>;
  const seed = options.seed + 2;
  const intervals = Object.fromEntries(
    METHODS.map((m) => [m, Object.fromEntries(MEASURES.map((k) => [k, bootstrap([perActor[m][k]], ([x]) => x!, 1000, seed)]))]),
  ) as Record<Method, Record<Measure, Interval>>;
  // Ratio to Adamic–Adar with the same resampled actors for both (same seed, same draws).
  const versusAdamicAdar = Object.fromEntries(
    (['learned', 'served', 'weights'] as const).map((m) => [
      m,
      Object.fromEntries((['map', 'precisionAt10'] as const).map((k) => [k, bootstrap([perActor[m][k], perActor.adamicAdar[k]], ([a, b]) => (b ? a! / b : 0), 1000, seed)])),
    ]),
  ) as Evaluation['versusAdamicAdar'];
  return {
    methods,
    intervals,
    versusAdamicAdar,
    setup: {
      cutoff: options.cutoff,
      seed: options.seed,
      trainProjects: train.projects.length,
      trainActors: train.actors.length,
      actorsWithNewPartners: future.size,
      evaluatedActors: askers.length,
      candidatesPerActor: {
        mean: Math.round(candidateCounts.reduce((a, b) => a + b, 0) / n),
        min: candidateCounts.length ? Math.min(...candidateCounts) : 0,
        max: candidateCounts.length ? Math.max(...candidateCounts) : 0,
      },
      newPartnersPerActor: { mean: round(newPartners / n) },
      served: 'learned',
      servedWeights: DEFAULT_WEIGHTS,
    },
    coldStart: evaluateColdStart(cordis, options.cutoff, g, options.sample, options.seed),
    ranker,
  };
}
