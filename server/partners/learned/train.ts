import { sampleWithoutReplacement, seededRandom } from '../../analytics/random.ts';
import { candidatesFor, resolveAsker, type Asker } from '../asker.ts';
import type { PartnerData } from '../data.ts';
import { buildPartnerGraph, type PartnerGraph } from '../graph.ts';
import { scoreCandidates, type Scored } from '../rank.ts';
import { rocAuc } from '../eval/metrics.ts';
import { FEATURES, pairFeatures } from './features.ts';
import { fitLogistic, logit, type LogisticModel } from './logistic.ts';

// The learned ranker is trained on the graph's own history: the graph as it was before a year
// (features), and the pairs that first worked together from that year on (labels).

/**
 * The learned ranker reorders the served ranking's first RERANKED candidates (and is trained on
 * exactly those): new partners outside them are rare, and a model trained on a sample of all
 * candidates learned to tell far from near, not to order the near ones (bench/README.md).
 */
export const RERANKED = 400;
const PAIRS_PER_POSITIVE = 8;

export interface TrainedRanker {
  model: LogisticModel;
  /** When it was trained (ISO date) and on what. */
  trainedAt: string;
  /** Features from before this year; labels from this year on (the earliest of `splitYears`). */
  splitYear: number;
  /** Every split trained on: each gives features from before it and labels from it on. */
  splitYears: number[];
  figures: { askers: number; positives: number; negatives: number; trainingAuc: number };
}

export interface TrainOptions {
  /**
   * One split year. By default two: the year before the latest (labels from the last two years)
   * and the latest (graph one year closer to the present, labels from the last year), `askers`
   * sampled for each — trained on both, the ranker had the higher MAP and precision@10 than
   * trained on the year before the latest alone in all four evaluated runs (also with as many
   * askers), and at least the MAP of the latest alone, its precision@10 in two of four runs
   * (bench/README.md, "Two training splits").
   */
  splitYear?: number;
  askers?: number;
  l2?: number;
  seed?: number;
}

const latestYearOf = (data: PartnerData) => {
  let latest: number | undefined;
  for (const p of data.projects) if (p.year !== undefined) latest = Math.max(latest ?? p.year, p.year);
  for (const t of data.ties) if (t.year !== undefined) latest = Math.max(latest ?? t.year, t.year);
  return latest;
};

/** The data before `year` (undated records kept) and, per actor present before it, who it first works with from `year` on. */
export function historySplit(data: PartnerData, year: number): { before: PartnerData; newPairs: Map<string, Set<string>> } {
  const projects = data.projects.filter((p) => p.year === undefined || p.year < year);
  const ties = data.ties.filter((t) => t.year === undefined || t.year < year);
  const present = new Set<string>();
  for (const p of projects) p.members.forEach((m) => present.add(m));
  for (const t of ties) [t.a, t.b].forEach((m) => present.add(m));
  const before: PartnerData = { ...data, actors: data.actors.filter((a) => present.has(a.id)), projects, ties };
  const linked = new Set<string>();
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const p of projects) for (const a of p.members) for (const b of p.members) if (a < b) linked.add(key(a, b));
  for (const t of ties) linked.add(key(t.a, t.b));
  const newPairs = new Map<string, Set<string>>();
  const meet = (a: string, b: string) => {
    if (a === b || !present.has(a) || !present.has(b) || linked.has(key(a, b))) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let set = newPairs.get(x);
      if (!set) newPairs.set(x, (set = new Set()));
      set.add(y);
    }
  };
  for (const p of data.projects) if (p.year !== undefined && p.year >= year) for (const a of p.members) for (const b of p.members) if (a < b) meet(a, b);
  for (const t of data.ties) if (t.year !== undefined && t.year >= year) meet(t.a, t.b);
  return { before, newPairs };
}

/** Fits the ranker on the data's own history; undefined when the data has too little of it (no dated new pairs). */
export function trainRanker(data: PartnerData, options: TrainOptions = {}): TrainedRanker | undefined {
  const latest = latestYearOf(data);
  if (latest === undefined) return undefined;
  const splitYears = options.splitYear !== undefined ? [options.splitYear] : [latest - 1, latest];
  const random = seededRandom(options.seed ?? 11);
  const centre = new Float64Array(FEATURES.length);
  let seen = 0;
  let positives = 0;
  let negatives = 0;
  const trainingAskers: { scores: Map<string, number>; relevant: Set<string> }[] = [];
  const pending: { rows: Float64Array[]; pos: number }[] = [];
  const used: number[] = [];
  for (const splitYear of splitYears) {
    const { before, newPairs } = historySplit(data, splitYear);
    if (!newPairs.size) continue;
    used.push(splitYear);
    const g = buildPartnerGraph(before);
    const askers = sampleWithoutReplacement([...newPairs.keys()].sort(), options.askers ?? 300, random);
    for (const id of askers) {
      const asker = resolveAsker(g, { actors: [id] });
      const fresh = newPairs.get(id)!;
      const top = scoreCandidates(g, asker, {}, candidatesFor(g, asker)).slice(0, RERANKED);
      // New partners first, so that rows[0 … pos − 1] are the positives.
      const picked = [...top.filter((s) => fresh.has(s.id)), ...top.filter((s) => !fresh.has(s.id))];
      const pos = top.filter((s) => fresh.has(s.id)).length;
      if (!pos || pos === picked.length) continue;
      const rows = pairFeatures(g, asker, picked);
      for (const r of rows) {
        seen++;
        for (let j = 0; j < r.length; j++) centre[j]! += (r[j]! - centre[j]!) / seen;
      }
      pending.push({ rows, pos });
      positives += pos;
      negatives += picked.length - pos;
    }
  }
  if (!used.length) return undefined;
  const diffs: Float64Array[] = [];
  const labels: number[] = [];
  // Pairwise: each new partner against negatives of the same asker, as feature differences both ways.
  for (const { rows, pos } of pending) {
    const negs = rows.length - pos;
    if (!negs) continue;
    for (let i = 0; i < pos; i++) {
      for (let k = 0; k < PAIRS_PER_POSITIVE; k++) {
        const n = rows[pos + Math.floor(random() * negs)]!;
        const d = rows[i]!.map((x, j) => x - n[j]!);
        diffs.push(d, d.map((x) => -x));
        labels.push(1, 0);
      }
    }
  }
  if (!diffs.length) return undefined;
  const fitted = fitLogistic([...FEATURES], diffs, labels, { l2: options.l2 ?? 1e-3 });
  // Scores of one asker's candidates differ by Σ w·Δx/s: centred on the average training pair, the
  // contributions say how far this pair is above or below a typical one, and sum to its score.
  const model: LogisticModel = { ...fitted, means: [...centre], intercept: 0 };
  for (const { rows, pos } of pending) {
    trainingAskers.push({ scores: new Map(rows.map((r, i) => [String(i), logit(model, r)])), relevant: new Set(Array.from({ length: pos }, (_, i) => String(i))) });
  }
  const trainingAuc = trainingAskers.reduce((s, h) => s + rocAuc(h.scores, h.relevant), 0) / (trainingAskers.length || 1);
  return {
    model,
    trainedAt: new Date().toISOString(),
    splitYear: used[0]!,
    splitYears: used,
    figures: { askers: pending.length, positives, negatives, trainingAuc: Math.round(trainingAuc * 1e4) / 1e4 },
  };
}

/**
 * The learned order of one asker's candidates: `scored` is the served ranking (best first); its
 * first RERANKED are ordered by the mean of two ranks, the model's and the served one (ties: the
 * model's logit), the rest keep the served order below them. Blending the ranks beat the model's
 * order alone on MAP and precision@10 at both cut-offs (bench/README.md): the model and the served
 * ranking err on different candidates. Scores fall by one per place (from the number reordered down
 * to 1); below them the served score − 1 for the rest. `logit` and `row` are the model's, for the explanations.
 */
export function rerank(g: PartnerGraph, asker: Asker, model: LogisticModel, scored: Scored[]): { scored: Scored; score: number; logit?: number; row?: Float64Array }[] {
  const top = scored.slice(0, RERANKED);
  const rows = pairFeatures(g, asker, top);
  const logits = rows.map((r) => logit(model, r));
  const tie = (a: number, b: number) => logits[b]! - logits[a]! || (top[a]!.id < top[b]!.id ? -1 : top[a]!.id > top[b]!.id ? 1 : 0);
  const modelRank = new Float64Array(top.length);
  top.map((_, i) => i).sort(tie).forEach((i, k) => (modelRank[i] = k));
  // The served rank of top[i] is i.
  const order = top.map((_, i) => i).sort((a, b) => modelRank[a]! + a - (modelRank[b]! + b) || tie(a, b));
  const learned = order.map((i, k) => ({ scored: top[i]!, score: order.length - k, logit: logits[i]!, row: rows[i]! }));
  return [...learned, ...scored.slice(RERANKED).map((s) => ({ scored: s, score: s.score - 1 }))];
}
