import type { Asker } from '../asker.ts';
import type { PartnerGraph } from '../graph.ts';

// Link-prediction scores of every actor for one asker, over the compressed tie index (one array
// per score, indexed like g.ties.ids), in a few passes over the ties: paths of length 3, a random
// walk with restart, and common-partner sums that weigh each tie by its strength, its recency or
// its repetition. Each pass is O(ties), tens of milliseconds on the CORDIS graph.

/** Restart probability and steps of the random walk with restart (personalised PageRank). */
export const RESTART = 0.3;
export const WALK_STEPS = 8;
/** A tie counts half as much every HALF_LIFE years before the latest year. */
const HALF_LIFE = 2;

export interface Walks {
  /** Number of paths of length 3 from the asker. */
  paths3: Float64Array;
  /** Probability of the walk with restart at the actor, ties weighted by strength. */
  walk: Float64Array;
  /** Adamic–Adar in which the ties asker–z and z–c count 0.5^(age / 2 years) each. */
  recentCommon: Float64Array;
  /** Σ strength(a,z)·strength(z,c) / strength(z): resource allocation with consortium-size-discounted ties. */
  strengthAllocation: Float64Array;
  /** Σ strength(a,z)·strength(z,c) / log deg z. */
  strengthAdamicAdar: Float64Array;
  /** Common partners that worked at least twice with both sides (triadic closure of repeated ties). */
  repeatedBoth: Float64Array;
  /** Adamic–Adar over common partners that worked at least twice with one of the sides. */
  repeatedEither: Float64Array;
}

/** Per-actor figures that do not depend on the asker, once per graph. */
export interface WalkContext {
  /** Σ of the actor's tie strengths. */
  strength: Float64Array;
  /** Partners whose latest shared work is in the last two years. */
  recentPartners: Float64Array;
  /** Partners first met in the last two years. */
  newPartners: Float64Array;
  /** Projects of the last three years per topic. */
  recentTopics: Map<string, Map<string, number>>;
  /** Each tie's weight by age, 0.5^(age / HALF_LIFE), indexed like the tie index's neighbours: a power per tie per asker was a fifth of the walks. */
  tieDecay: Float64Array;
}

/** How much a tie last active in `year` counts when the latest year of the data is `latest`. */
const decayOf = (latest: number, year: number) => 0.5 ** (Math.max(0, latest - year) / HALF_LIFE);

const contexts = new WeakMap<PartnerGraph, WalkContext>();

export function walkContext(g: PartnerGraph): WalkContext {
  let ctx = contexts.get(g);
  if (ctx) return ctx;
  const { ids, index, starts, weights, lastYears } = g.ties;
  const latest = g.latestYear ?? 0;
  const strength = new Float64Array(ids.length);
  const recentPartners = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    for (let j = starts[i]!; j < starts[i + 1]!; j++) {
      strength[i]! += weights[j]!;
      if (lastYears[j]! >= latest - 1) recentPartners[i]! += 1;
    }
  }
  const newPartners = new Float64Array(ids.length);
  const recentTopics = new Map<string, Map<string, number>>();
  for (const [actor, projects] of g.projectsOf) {
    const i = index.get(actor);
    if (i === undefined) continue;
    const firstMet = new Map<string, number>();
    const topics = new Map<string, number>();
    for (const p of projects) {
      if (p.year === undefined) continue;
      for (const m of p.members) if (m !== actor) firstMet.set(m, Math.min(firstMet.get(m) ?? p.year, p.year));
      if (p.year >= latest - 2) for (const t of p.topics) topics.set(t, (topics.get(t) ?? 0) + 1);
    }
    for (const y of firstMet.values()) if (y >= latest - 1) newPartners[i]! += 1;
    recentTopics.set(actor, topics);
  }
  const tieDecay = Float64Array.from(lastYears, (year) => decayOf(latest, year));
  ctx = { strength, recentPartners, newPartners, recentTopics, tieDecay };
  contexts.set(g, ctx);
  return ctx;
}

export function walks(g: PartnerGraph, asker: Asker): Walks {
  const { ids, index, starts, neighbors, weights, lastYears, repeats } = g.ties;
  const n = ids.length;
  const { strength, tieDecay } = walkContext(g);
  const latest = g.latestYear ?? 0;
  const own = asker.members.map((m) => index.get(m)).filter((i): i is number => i !== undefined);
  // The asker's tie to each partner z: strongest member's strength, latest year, most repeats.
  const tie = new Float64Array(n);
  const tieYear = new Float64Array(n);
  const tieRepeats = new Float64Array(n);
  const partner = new Uint8Array(n);
  for (const a of own) {
    for (let j = starts[a]!; j < starts[a + 1]!; j++) {
      const z = neighbors[j]!;
      partner[z] = 1;
      tie[z] = Math.max(tie[z]!, weights[j]!);
      tieYear[z] = Math.max(tieYear[z]!, lastYears[j]!);
      tieRepeats[z] = Math.max(tieRepeats[z]!, repeats[j]!);
    }
  }
  const paths2 = new Float64Array(n);
  const out: Walks = {
    paths3: new Float64Array(n),
    walk: new Float64Array(n),
    recentCommon: new Float64Array(n),
    strengthAllocation: new Float64Array(n),
    strengthAdamicAdar: new Float64Array(n),
    repeatedBoth: new Float64Array(n),
    repeatedEither: new Float64Array(n),
  };
  for (let z = 0; z < n; z++) {
    if (!partner[z]) continue;
    const logDegree = Math.log(Math.max(2, starts[z + 1]! - starts[z]!));
    const fromAsker = decayOf(latest, tieYear[z]!);
    for (let j = starts[z]!; j < starts[z + 1]!; j++) {
      const c = neighbors[j]!;
      paths2[c]! += 1;
      out.recentCommon[c]! += (fromAsker * tieDecay[j]!) / logDegree;
      out.strengthAllocation[c]! += (tie[z]! * weights[j]!) / strength[z]!;
      out.strengthAdamicAdar[c]! += (tie[z]! * weights[j]!) / logDegree;
      if (tieRepeats[z]! >= 2 && repeats[j]! >= 2) out.repeatedBoth[c]! += 1;
      if (tieRepeats[z]! >= 2 || repeats[j]! >= 2) out.repeatedEither[c]! += 1 / logDegree;
    }
  }
  for (let y = 0; y < n; y++) {
    if (!paths2[y]) continue;
    for (let j = starts[y]!; j < starts[y + 1]!; j++) out.paths3[neighbors[j]!]! += paths2[y]!;
  }
  let p = new Float64Array(n);
  for (const a of own) p[a] = 1 / own.length;
  for (let step = 0; step < WALK_STEPS && own.length; step++) {
    const q = new Float64Array(n);
    for (const a of own) q[a]! += RESTART / own.length;
    for (let u = 0; u < n; u++) {
      if (!p[u] || !strength[u]) continue;
      const f = ((1 - RESTART) * p[u]!) / strength[u]!;
      for (let j = starts[u]!; j < starts[u + 1]!; j++) q[neighbors[j]!]! += f * weights[j]!;
    }
    p = q;
  }
  out.walk = p;
  return out;
}
