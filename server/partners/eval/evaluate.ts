import { seededRandom } from '../../analytics/random.ts';
import { candidatesFor, resolveAsker } from '../asker.ts';
import { buildPartnerGraph, type PartnerGraph } from '../graph.ts';
import { scoreCandidates } from '../rank.ts';
import { DEFAULT_WEIGHTS, type Weights } from '../weights.ts';
import type { Cordis } from './cordis.ts';
import { averagePrecision, precisionAt, recallAt, rocAuc } from './metrics.ts';
import { sampleAskers, temporalSplit } from './temporal.ts';

export const METHODS = ['served', 'adamicAdar', 'commonNeighbours', 'preferentialAttachment', 'random'] as const;
export type Method = (typeof METHODS)[number];

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
  setup: {
    cutoff: number;
    seed: number;
    trainProjects: number;
    trainActors: number;
    actorsWithNewPartners: number;
    evaluatedActors: number;
    candidatesPerActor: { mean: number; min: number; max: number };
    newPartnersPerActor: { mean: number };
    /** The weights `POST /api/partners` and the Partners view use by default: the `served` row. */
    servedWeights: Weights;
  };
}


function baselines(g: PartnerGraph, asker: string, candidates: string[], random: () => number): Record<Exclude<Method, 'served'>, Map<string, number>> {
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
  const askers = sampleAskers(future, options.sample, options.seed);
  const random = seededRandom(options.seed + 1);
  const sums = Object.fromEntries(METHODS.map((m) => [m, { precisionAt10: 0, recallAt50: 0, map: 0, auc: 0 }])) as Record<Method, MethodScores>;
  const candidateCounts: number[] = [];
  let newPartners = 0;
  for (const id of askers) {
    const asker = resolveAsker(g, { actors: [id] });
    const candidates = candidatesFor(g, asker);
    const relevant = new Set([...future.get(id)!].filter((c) => !asker.partners.has(c)));
    candidateCounts.push(candidates.length);
    newPartners += relevant.size;
    const tieBreak = new Map(candidates.map((c) => [c, random()]));
    // No weights given: exactly what the API and the view rank with.
    const served = new Map(scoreCandidates(g, asker, {}, candidates).map((s) => [s.id, s.score]));
    const all: Record<Method, Map<string, number>> = { served, ...baselines(g, id, candidates, random) };
    for (const m of METHODS) {
      const ranked = order(all[m], tieBreak);
      sums[m].precisionAt10 += precisionAt(ranked, relevant, 10);
      sums[m].recallAt50 += recallAt(ranked, relevant, 50);
      sums[m].map += averagePrecision(ranked, relevant);
      sums[m].auc += rocAuc(all[m], relevant);
    }
  }
  const n = askers.length || 1;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const methods = Object.fromEntries(
    METHODS.map((m) => [m, { precisionAt10: round(sums[m].precisionAt10 / n), recallAt50: round(sums[m].recallAt50 / n), map: round(sums[m].map / n), auc: round(sums[m].auc / n) }]),
  ) as Record<Method, MethodScores>;
  return {
    methods,
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
      servedWeights: DEFAULT_WEIGHTS,
    },
  };
}
