import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../../analytics/random.ts';
import { HELICES } from '../../graph/model.ts';
import type { ComponentName } from '../../../contract/index.ts';
import type { Asker } from '../asker.ts';
import { askerTie } from '../components/proximity.ts';
import type { PartnerGraph } from '../graph.ts';
import type { Scored } from '../rank.ts';
import { contributions, type LogisticModel } from './logistic.ts';
import { walkContext, walks } from './walks.ts';

// What the learned ranker knows of one (asker, candidate) pair. Counts are log-scaled: their
// effect on the odds of a new partnership falls off (a tenth common partner adds less than the
// first). Asker-only features (its degree, recency, frequency) do not change one asker's order but
// let the model weigh the others across askers of different sizes.

const HELIX_PAIRS = HELICES.flatMap((a, i) => HELICES.slice(i).map((b) => `helix:${a}+${b}`));
export const PATH_CAP = 4;
/** Years since the last project, for an actor with none dated. */
const NEVER = 10;

export const FEATURES = [
  'topical',
  'proximity',
  'complementarity',
  'activity',
  'geography',
  'commonNeighbours',
  'adamicAdar',
  'resourceAllocation',
  'jaccard',
  'preferentialAttachment',
  'pathLength',
  'sameCommunity',
  'askerRecency',
  'askerFrequency',
  'candidateRecency',
  'candidateFrequency',
  'candidateRecentProjects',
  'candidateConsortiumSize',
  'topicOverlap',
  'sameCountry',
  'sameRegion',
  'coParticipation',
  'recentAdamicAdar',
  'consortiumOverlap',
  'pathsOfThree',
  'randomWalk',
  'recentCommonPartners',
  'strengthAllocation',
  'strengthAdamicAdar',
  'repeatedBoth',
  'repeatedEither',
  'candidateRecentPartners',
  'candidateTopicProjects',
  'candidateNewPartners',
  'candidateDegree',
  ...HELIX_PAIRS,
] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * The score component each feature belongs to, to explain a learned suggestion by the components
 * today's reasons speak of: neighbourhood, path and walk features are proximity; topic and
 * programme overlap topical; the helix pair complementarity; activity and recency (of either side,
 * and the candidate's partnering) activity; same region or country geography.
 */
export const FEATURE_COMPONENT: Record<Feature, ComponentName> = {
  topical: 'topical',
  proximity: 'proximity',
  complementarity: 'complementarity',
  activity: 'activity',
  geography: 'geography',
  commonNeighbours: 'proximity',
  adamicAdar: 'proximity',
  resourceAllocation: 'proximity',
  jaccard: 'proximity',
  preferentialAttachment: 'proximity',
  pathLength: 'proximity',
  sameCommunity: 'proximity',
  askerRecency: 'activity',
  askerFrequency: 'activity',
  candidateRecency: 'activity',
  candidateFrequency: 'activity',
  candidateRecentProjects: 'activity',
  candidateConsortiumSize: 'activity',
  topicOverlap: 'topical',
  sameCountry: 'geography',
  sameRegion: 'geography',
  coParticipation: 'proximity',
  recentAdamicAdar: 'proximity',
  consortiumOverlap: 'proximity',
  pathsOfThree: 'proximity',
  randomWalk: 'proximity',
  recentCommonPartners: 'proximity',
  strengthAllocation: 'proximity',
  strengthAdamicAdar: 'proximity',
  repeatedBoth: 'proximity',
  repeatedEither: 'proximity',
  candidateRecentPartners: 'activity',
  candidateTopicProjects: 'topical',
  candidateNewPartners: 'activity',
  candidateDegree: 'proximity',
  ...(Object.fromEntries(HELIX_PAIRS.map((f) => [f, 'complementarity'])) as Record<(typeof HELIX_PAIRS)[number], 'complementarity'>),
};
/** The model's signed contributions to one pair's logit (logistic.ts), summed per component (FEATURE_COMPONENT). */
export function componentContributions(model: LogisticModel, row: ArrayLike<number>): Record<ComponentName, number> {
  const sums: Record<ComponentName, number> = { topical: 0, proximity: 0, complementarity: 0, activity: 0, geography: 0 };
  contributions(model, row).forEach((c, j) => {
    const component = FEATURE_COMPONENT[model.features[j]!];
    if (component) sums[component] += c;
  });
  return sums;
}

const AT = new Map<string, number>(FEATURES.map((f, i) => [f, i]));
const at = (f: string) => AT.get(f)!;

/** The graph-wide figures features read: Louvain communities and the degree of every actor. */
export interface FeatureContext {
  community: Map<string, number>;
}

const contexts = new WeakMap<PartnerGraph, FeatureContext>();

/** Communities of the graph, computed once per graph (seconds on a CORDIS-sized one) with a fixed seed. */
export function featureContext(g: PartnerGraph): FeatureContext {
  let ctx = contexts.get(g);
  if (!ctx) {
    const community = new Map<string, number>();
    if (g.network.size > 0) {
      const parts = louvain(g.network, { getEdgeWeight: 'weight', rng: seededRandom(7) });
      for (const [id, c] of Object.entries(parts)) community.set(id, c);
    }
    ctx = { community };
    contexts.set(g, ctx);
  }
  return ctx;
}

const recency = (g: PartnerGraph, id: string) => {
  const last = g.activity.get(id)?.latestYear;
  return last === undefined || g.latestYear === undefined ? NEVER : Math.min(NEVER, g.latestYear - last);
};
const frequency = (g: PartnerGraph, id: string) => Math.log1p(g.activity.get(id)?.projects ?? 0);
/** Projects in the last two years of the data, and the mean consortium size of all its projects (log). */
function projectFigures(g: PartnerGraph, id: string): [number, number] {
  const projects = g.projectsOf.get(id) ?? [];
  if (!projects.length) return [0, 0];
  let recent = 0;
  let members = 0;
  for (const p of projects) {
    if (p.year !== undefined && g.latestYear !== undefined && p.year >= g.latestYear - 1) recent++;
    members += p.members.length;
  }
  return [Math.log1p(recent), Math.log(members / projects.length)];
}

/** Shortest distance from the asker's members, capped at PATH_CAP (the cap also for unreachable). */
function distances(g: PartnerGraph, asker: Asker): Uint8Array {
  const { index, starts, neighbors, ids } = g.ties;
  const dist = new Uint8Array(ids.length).fill(PATH_CAP);
  let frontier: number[] = [];
  for (const m of asker.members) {
    const i = index.get(m);
    if (i !== undefined) {
      dist[i] = 0;
      frontier.push(i);
    }
  }
  for (let depth = 1; depth < PATH_CAP && frontier.length; depth++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let j = starts[u]!; j < starts[u + 1]!; j++) {
        const v = neighbors[j]!;
        if (dist[v]! > depth) {
          dist[v] = depth;
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * In one pass over the asker's partners z: Σ strength(asker, z) · strength(z, candidate)
 * (co-participation discounted by consortium size), and Adamic–Adar over the ties z–candidate of
 * the last two years only.
 */
function throughPartners(g: PartnerGraph, asker: Asker): { co: Float64Array; recent: Float64Array } {
  const { index, starts, neighbors, weights, lastYears, ids } = g.ties;
  const co = new Float64Array(ids.length);
  const recent = new Float64Array(ids.length);
  const since = (g.latestYear ?? 0) - 1;
  for (const z of asker.partners) {
    const zi = index.get(z);
    if (zi === undefined) continue;
    const toAsker = askerTie(g, asker, z);
    const degree = starts[zi + 1]! - starts[zi]!;
    const aa = degree > 1 ? 1 / Math.log(degree) : 0;
    for (let j = starts[zi]!; j < starts[zi + 1]!; j++) {
      co[neighbors[j]!]! += toAsker * weights[j]!;
      if (lastYears[j]! >= since) recent[neighbors[j]!]! += aa;
    }
  }
  return { co, recent };
}

/** The largest share of one of the candidate's consortia that already works with the asker. */
function consortiumOverlap(g: PartnerGraph, asker: Asker, candidate: string): number {
  let best = 0;
  for (const p of g.projectsOf.get(candidate) ?? []) {
    if (p.members.length < 2) continue;
    let known = 0;
    for (const m of p.members) if (asker.partners.has(m)) known++;
    best = Math.max(best, known / (p.members.length - 1));
  }
  return best;
}

/** One row of FEATURES per scored candidate, in the order given. */
export function pairFeatures(g: PartnerGraph, asker: Asker, scored: Scored[]): Float64Array[] {
  const ctx = featureContext(g);
  const dist = distances(g, asker);
  const { co, recent } = throughPartners(g, asker);
  const w = walks(g, asker);
  const wctx = walkContext(g);
  const askerDegree = asker.partners.size;
  const askerCommunities = new Set(asker.members.map((m) => ctx.community.get(m)));
  const askerRecency = asker.members.length ? Math.min(...asker.members.map((m) => recency(g, m))) : NEVER;
  const askerFrequency = asker.members.reduce((s, m) => Math.max(s, frequency(g, m)), 0);
  const askerHelices = asker.members.map((m) => g.network.getNodeAttribute(m, 'helix'));
  return scored.map((s) => {
    const row = new Float64Array(FEATURES.length);
    const i = g.ties.index.get(s.id)!;
    const degree = g.ties.starts[i + 1]! - g.ties.starts[i]!;
    const p = s.proximity;
    const cn = p?.commonNeighbours ?? 0;
    row[at('topical')] = s.components.topical;
    row[at('proximity')] = Math.log1p(p?.raw ?? 0);
    row[at('complementarity')] = s.components.complementarity;
    row[at('activity')] = Math.log1p(s.activity.raw);
    row[at('geography')] = s.components.geography;
    row[at('commonNeighbours')] = Math.log1p(cn);
    row[at('adamicAdar')] = Math.log1p(p?.adamicAdar ?? 0);
    row[at('resourceAllocation')] = Math.sqrt(p?.resourceAllocation ?? 0);
    row[at('jaccard')] = cn / Math.max(1, askerDegree + degree - cn);
    row[at('preferentialAttachment')] = Math.log1p(askerDegree * degree);
    row[at('pathLength')] = dist[i]!;
    row[at('sameCommunity')] = askerCommunities.has(ctx.community.get(s.id)) ? 1 : 0;
    row[at('askerRecency')] = askerRecency;
    row[at('askerFrequency')] = askerFrequency;
    row[at('candidateRecency')] = recency(g, s.id);
    row[at('candidateFrequency')] = frequency(g, s.id);
    [row[at('candidateRecentProjects')], row[at('candidateConsortiumSize')]] = projectFigures(g, s.id);
    const theirs = g.topicsOf.get(s.id)?.size ?? 0;
    const shared = s.topical.shared.length;
    row[at('topicOverlap')] = shared / Math.max(1, asker.topics.size + theirs - shared);
    const country = g.network.getNodeAttribute(s.id, 'country');
    row[at('sameCountry')] = country !== undefined && asker.countries.has(country) ? 1 : 0;
    row[at('sameRegion')] = s.geography.sharedRegion !== undefined ? 1 : 0;
    row[at('coParticipation')] = Math.sqrt(co[i]!);
    row[at('recentAdamicAdar')] = Math.log1p(recent[i]!);
    row[at('consortiumOverlap')] = consortiumOverlap(g, asker, s.id);
    // Paths of length 3 run into the millions for hubs: scaled before the log.
    row[at('pathsOfThree')] = Math.log1p(w.paths3[i]! / 1000);
    row[at('randomWalk')] = Math.log(1e-9 + w.walk[i]!);
    row[at('recentCommonPartners')] = Math.log1p(w.recentCommon[i]!);
    row[at('strengthAllocation')] = Math.log1p(w.strengthAllocation[i]!);
    row[at('strengthAdamicAdar')] = Math.log1p(w.strengthAdamicAdar[i]!);
    row[at('repeatedBoth')] = Math.log1p(w.repeatedBoth[i]!);
    row[at('repeatedEither')] = Math.log1p(w.repeatedEither[i]!);
    row[at('candidateRecentPartners')] = Math.log1p(wctx.recentPartners[i]!);
    const topicProjects = wctx.recentTopics.get(s.id);
    let inTopics = 0;
    if (topicProjects) for (const t of asker.topics) inTopics += topicProjects.get(t) ?? 0;
    row[at('candidateTopicProjects')] = Math.log1p(inTopics);
    row[at('candidateNewPartners')] = Math.log1p(wctx.newPartners[i]!);
    row[at('candidateDegree')] = Math.log1p(degree);
    const theirHelix = g.network.getNodeAttribute(s.id, 'helix');
    for (const h of askerHelices) {
      if (!h || !theirHelix) continue;
      const [a, b] = HELICES.indexOf(h) <= HELICES.indexOf(theirHelix) ? [h, theirHelix] : [theirHelix, h];
      row[at(`helix:${a}+${b}`)] = 1;
    }
    return row;
  });
}
