import { sampleWithoutReplacement, seededRandom } from '../../analytics/random.ts';
import { candidatesFor, resolveAsker } from '../asker.ts';
import type { PartnerData } from '../data.ts';
import { buildPartnerGraph } from '../graph.ts';
import { scoreCandidates } from '../rank.ts';
import { rocAuc } from '../eval/metrics.ts';
import { proximityAll } from '../components/proximity.ts';
import { FEATURES, pairFeatures } from './features.ts';
import { fitLogistic, logit, type LogisticModel } from './logistic.ts';

// The learned ranker is trained on the graph's own history: the graph as it was before a year
// (features), and the pairs that first worked together from that year on (labels).

/** The closest candidates (by proximity) hard negatives are drawn from. */
const CLOSE_POOL = 300;
const PAIRS_PER_POSITIVE = 8;

export interface TrainedRanker {
  model: LogisticModel;
  /** When it was trained (ISO date) and on what. */
  trainedAt: string;
  /** Features from before this year; labels from this year on. */
  splitYear: number;
  figures: { askers: number; positives: number; negatives: number; trainingAuc: number };
}

export interface TrainOptions {
  /** The split year; by default the year before the latest, so labels cover the last two years. */
  splitYear?: number;
  askers?: number;
  /** Negatives per asker from its closest candidates, and as many from all of them. */
  negatives?: number;
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
  const splitYear = options.splitYear ?? latest - 1;
  const { before, newPairs } = historySplit(data, splitYear);
  if (!newPairs.size) return undefined;
  const g = buildPartnerGraph(before);
  const random = seededRandom(options.seed ?? 11);
  const perAsker = options.negatives ?? 60;
  const askers = sampleWithoutReplacement([...newPairs.keys()].sort(), options.askers ?? 300, random);
  const diffs: Float64Array[] = [];
  const labels: number[] = [];
  const centre = new Float64Array(FEATURES.length);
  let seen = 0;
  let positives = 0;
  let negatives = 0;
  const trainingAskers: { scores: Map<string, number>; relevant: Set<string> }[] = [];
  const pending: { rows: Float64Array[]; pos: number }[] = [];
  for (const id of askers) {
    const asker = resolveAsker(g, { actors: [id] });
    const candidates = candidatesFor(g, asker);
    const fresh = newPairs.get(id)!;
    const pos = candidates.filter((c) => fresh.has(c));
    if (!pos.length) continue;
    // Negatives where the ranking is decided (the closest by proximity) and from anywhere.
    const proximity = proximityAll(g, asker);
    const close = [...proximity].filter(([c]) => !fresh.has(c)).sort((a, b) => b[1].raw - a[1].raw).slice(0, CLOSE_POOL).map(([c]) => c);
    const anywhere = candidates.filter((c) => !fresh.has(c));
    const neg = [...new Set([...sampleWithoutReplacement(close, perAsker, random), ...sampleWithoutReplacement(anywhere, perAsker, random)])];
    const picked = [...pos, ...neg];
    const rows = pairFeatures(g, asker, scoreCandidates(g, asker, {}, picked));
    for (const r of rows) {
      seen++;
      for (let j = 0; j < r.length; j++) centre[j]! += (r[j]! - centre[j]!) / seen;
    }
    pending.push({ rows, pos: pos.length });
    positives += pos.length;
    negatives += neg.length;
  }
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
    splitYear,
    figures: { askers: pending.length, positives, negatives, trainingAuc: Math.round(trainingAuc * 1e4) / 1e4 },
  };
}
