import { sampleWithoutReplacement, seededRandom } from '../../analytics/random.ts';
import type { PartnerData } from '../data.ts';
import type { Cordis } from './cordis.ts';

/** A temporal split: the graph of projects before the cut-off and the pairs that first meet after it. */
export interface TemporalSplit {
  train: PartnerData;
  /** Actor → actors it first works with in a project starting in or after the cut-off year. */
  future: Map<string, Set<string>>;
}

const actorId = (pic: string) => `Actor:${pic}`;

/** NUTS 3 → NUTS 2 → NUTS 1 codes as regions (BE211 ⊂ BE21 ⊂ BE2). */
function regionsOf(nuts3: string) {
  return [
    { id: `Region:${nuts3}`, name: nuts3, level: 'nuts3' },
    { id: `Region:${nuts3.slice(0, 4)}`, name: nuts3.slice(0, 4), level: 'province' },
    { id: `Region:${nuts3.slice(0, 3)}`, name: nuts3.slice(0, 3), level: 'region' },
  ];
}

export function temporalSplit(cordis: Cordis, cutoff: number): TemporalSplit {
  const train: PartnerData = { actors: [], ties: [], projects: [], topics: [], actorTopics: [], topicLinks: [], regions: [], actorRegions: [], regionParents: [], policies: [] };
  const inTrain = new Set<string>();
  const topics = new Set<string>();
  for (const p of cordis.projects) {
    if (p.year >= cutoff) continue;
    const members = p.members.map(actorId);
    members.forEach((m) => inTrain.add(m));
    const projectTopics = p.parts.map((part) => `Programme:${part}`);
    projectTopics.forEach((t) => topics.add(t));
    train.projects.push({ id: `Project:${p.rcn}`, name: p.rcn, year: p.year, members, topics: projectTopics });
  }
  train.topics = [...topics].map((id) => ({ id, name: id.slice('Programme:'.length) }));
  const regions = new Map<string, { id: string; name: string; level: string }>();
  for (const org of cordis.organisations.values()) {
    const id = actorId(org.id);
    if (!inTrain.has(id)) continue;
    train.actors.push({ id, name: org.name, helix: org.helix, ...(org.country ? { country: org.country } : {}) });
    if (org.nuts3 && org.nuts3.length === 5) {
      const chain = regionsOf(org.nuts3);
      chain.forEach((r) => regions.set(r.id, r));
      train.actorRegions.push([id, chain[0]!.id]);
    }
  }
  train.regions = [...regions.values()];
  for (const r of train.regions) {
    if (r.level === 'nuts3') train.regionParents.push([r.id, `Region:${r.name.slice(0, 4)}`]);
    if (r.level === 'province') train.regionParents.push([r.id, `Region:${r.name.slice(0, 3)}`]);
  }

  const trainPairs = new Set<string>();
  const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const p of train.projects) for (const a of p.members) for (const b of p.members) if (a < b) trainPairs.add(pair(a, b));
  const future = new Map<string, Set<string>>();
  for (const p of cordis.projects) {
    if (p.year < cutoff) continue;
    const members = [...new Set(p.members.map(actorId))].filter((m) => inTrain.has(m));
    for (const a of members) {
      for (const b of members) {
        if (a === b || trainPairs.has(pair(a, b))) continue;
        let set = future.get(a);
        if (!set) future.set(a, (set = new Set()));
        set.add(b);
      }
    }
  }
  return { train, future };
}

/** The askers evaluated: actors with new partners after the cut-off, a seeded sample of at most n. */
export function sampleAskers(future: Map<string, Set<string>>, n: number, seed: number): string[] {
  const all = [...future.keys()].sort();
  return sampleWithoutReplacement(all, n, seededRandom(seed)).sort();
}
