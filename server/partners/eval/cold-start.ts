import { sampleWithoutReplacement, seededRandom } from '../../analytics/random.ts';
import { resolveAsker } from '../asker.ts';
import type { PartnerGraph } from '../graph.ts';
import { servedRanking } from '../served.ts';
import { bootstrap, type Interval } from './bootstrap.ts';
import type { Cordis } from './cordis.ts';
import { averagePrecision, precisionAt, recallAt, rocAuc } from './metrics.ts';

// Cold start: organisations with no project before the cut-off. They have no network, so the
// finder can only be asked by need: the programme parts of their first project (what they would
// say they work on) and their region. Their baseline is popularity within those topics: the
// candidates with the most earlier projects in them.

export const COLD_METHODS = ['served', 'popularityInTopics', 'popularity', 'random'] as const;
export type ColdMethod = (typeof COLD_METHODS)[number];
const MEASURES = ['precisionAt10', 'recallAt50', 'map', 'auc'] as const;

export interface ColdStart {
  actors: number;
  evaluatedActors: number;
  newPartnersPerActor: number;
  methods: Record<ColdMethod, Record<(typeof MEASURES)[number], Interval>>;
  /** MAP and precision@10 of the served need ranking as multiples of popularity within topics. */
  versusPopularityInTopics: Record<'map' | 'precisionAt10', Interval>;
}

interface Newcomer {
  topics: string[];
  region?: string;
  partners: Set<string>;
}

function newcomers(cordis: Cordis, cutoff: number, g: PartnerGraph): Map<string, Newcomer> {
  const out = new Map<string, Newcomer>();
  const later = cordis.projects.filter((p) => p.year >= cutoff).sort((a, b) => a.year - b.year || (a.rcn < b.rcn ? -1 : 1));
  for (const p of later) {
    const ids = [...new Set(p.members)].map((m) => `Actor:${m}`);
    const known = ids.filter((id) => g.network.hasNode(id));
    for (const [k, id] of ids.entries()) {
      if (g.network.hasNode(id)) continue;
      let n = out.get(id);
      if (!n) {
        const nuts3 = cordis.organisations.get(p.members[k]!)?.nuts3;
        const region = nuts3 && g.regionLevel.has(`Region:${nuts3}`) ? `Region:${nuts3}` : undefined;
        out.set(id, (n = { topics: p.parts.map((part) => `Programme:${part}`), ...(region ? { region } : {}), partners: new Set() }));
      }
      known.forEach((c) => n.partners.add(c));
    }
  }
  for (const [id, n] of out) if (!n.partners.size) out.delete(id);
  return out;
}

export function evaluateColdStart(cordis: Cordis, cutoff: number, g: PartnerGraph, sample: number, seed: number): ColdStart {
  const all = newcomers(cordis, cutoff, g);
  const random = seededRandom(seed + 3);
  const picked = sampleWithoutReplacement([...all.keys()].sort(), sample, seededRandom(seed)).sort();
  const candidates = g.network.nodes().filter((id) => !g.network.getNodeAttribute(id, 'outOfPeriod'));
  const projectsIn = new Map<string, Map<string, number>>();
  for (const [actor, projects] of g.projectsOf) {
    for (const p of projects) {
      for (const t of p.topics) {
        let m = projectsIn.get(t);
        if (!m) projectsIn.set(t, (m = new Map()));
        m.set(actor, (m.get(actor) ?? 0) + 1);
      }
    }
  }
  const perActor = Object.fromEntries(COLD_METHODS.map((m) => [m, Object.fromEntries(MEASURES.map((k) => [k, [] as number[]]))])) as Record<ColdMethod, Record<(typeof MEASURES)[number], number[]>>;
  let newPartners = 0;
  for (const id of picked) {
    const n = all.get(id)!;
    newPartners += n.partners.size;
    const asker = resolveAsker(g, { need: { topics: n.topics, regions: n.region ? [n.region] : [], helix: [] } });
    // What the API serves a need: the weighted ranking (the learned ranker orders asks by actor or group only).
    const served = new Map(servedRanking(g, asker, {}, candidates).map((r) => [r.scored.id, r.score]));
    const inTopics = new Map(candidates.map((c) => [c, n.topics.reduce((s, t) => s + (projectsIn.get(t)?.get(c) ?? 0), 0)]));
    const popularity = new Map(candidates.map((c) => [c, g.projectsOf.get(c)?.length ?? 0]));
    const chance = new Map(candidates.map((c) => [c, random()]));
    const tie = new Map(candidates.map((c) => [c, random()]));
    const scores: Record<ColdMethod, Map<string, number>> = { served, popularityInTopics: inTopics, popularity, random: chance };
    for (const m of COLD_METHODS) {
      const ranked = [...scores[m]].sort((a, b) => b[1] - a[1] || tie.get(a[0])! - tie.get(b[0])!).map(([c]) => c);
      perActor[m].precisionAt10.push(precisionAt(ranked, n.partners, 10));
      perActor[m].recallAt50.push(recallAt(ranked, n.partners, 50));
      perActor[m].map.push(averagePrecision(ranked, n.partners));
      perActor[m].auc.push(rocAuc(scores[m], n.partners));
    }
  }
  const s = seed + 2;
  return {
    actors: all.size,
    evaluatedActors: picked.length,
    newPartnersPerActor: Math.round((newPartners / (picked.length || 1)) * 1e4) / 1e4,
    methods: Object.fromEntries(COLD_METHODS.map((m) => [m, Object.fromEntries(MEASURES.map((k) => [k, bootstrap([perActor[m][k]], ([x]) => x!, 1000, s)]))])) as ColdStart['methods'],
    versusPopularityInTopics: Object.fromEntries(
      (['map', 'precisionAt10'] as const).map((k) => [k, bootstrap([perActor.served[k], perActor.popularityInTopics[k]], ([a, b]) => (b ? a! / b : 0), 1000, s)]),
    ) as ColdStart['versusPopularityInTopics'],
  };
}
