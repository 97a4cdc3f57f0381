import type { Asker } from './asker.ts';
import type { PartnerGraph } from './graph.ts';
import { rerank } from './learned/train.ts';
import type { LogisticModel } from './learned/logistic.ts';
import { scoreCandidates, type Scored } from './rank.ts';
import type { Weights } from './weights.ts';

/** One place of a ranking: the scored candidate, its score in this ranking, and the model's features of the pair when learned. */
export interface Ranked {
  scored: Scored;
  score: number;
  row?: Float64Array;
}

/**
 * The ranking a request gets, the one function the API (find.ts) and the evaluation's `served` row
 * (eval/evaluate.ts) both call, so they cannot drift apart: with a model and no weights, the
 * learned order (rerank over the weighted scoring with the default weights); otherwise the
 * weighted ranking with `weights` over the defaults.
 */
export function servedRanking(g: PartnerGraph, asker: Asker, how: { model?: LogisticModel; weights?: Partial<Weights> }, candidates?: string[]): Ranked[] {
  if (how.model && !how.weights) return rerank(g, asker, how.model, scoreCandidates(g, asker, {}, candidates));
  return scoreCandidates(g, asker, how.weights ?? {}, candidates).map((s) => ({ scored: s, score: s.score }));
}
