import { UndirectedGraph } from 'graphology';
import type { Helix } from '../graph/model.ts';
import { activityOf, type Activity } from './components/activity.ts';
import { helicesOf } from './components/complementarity.ts';
import type { PartnerActor, PartnerData, PartnerPolicy, PartnerProject } from './data.ts';
import { tieIndexOf, type TieIndex } from './tie-index.ts';

export interface TieAttributes {
  /** Strength: direct links count their weight (default 1); a shared project of n members adds 1/(n-1). */
  weight: number;
  /** Number of shared projects. */
  projects: number;
  /** Link types of the direct links between the pair. */
  types: string[];
  /** The latest year the pair was seen working together. */
  lastYear?: number;
}

export type PartnerNetwork = UndirectedGraph<PartnerActor, TieAttributes>;

/** Everything the score components read, indexed once per loaded graph. */
export interface PartnerIndexes {
  /** Actors and their ties: direct links and co-participation in projects, merged per pair. */
  network: PartnerNetwork;
  /** The same ties as compressed adjacency, for proximity. */
  ties: TieIndex;
  names: Map<string, string>;
  /** Actor → sectors and technologies it works on (its own and its projects'). */
  topicsOf: Map<string, Set<string>>;
  relatedTopics: Map<string, Set<string>>;
  /** Actor → its regions and every region they are part of. */
  regionsOf: Map<string, Set<string>>;
  regionLevel: Map<string, string>;
  /** Regions the source study names as benchmarks. */
  benchmarkRegions: Set<string>;
  policiesFor: Map<string, PartnerPolicy[]>;
  projectsOf: Map<string, PartnerProject[]>;
  /** The latest year in the data: the reference for recency. */
  latestYear?: number;
}

/**
 * The indexes and the per-actor figures that do not depend on the asker, computed once here so
 * that no answer pays for all candidates (on the CORDIS-sized graph the first answer took 1.7 s
 * otherwise). They live on the graph: a new graph (after the data changed) has its own.
 */
export interface PartnerGraph extends PartnerIndexes {
  activity: Map<string, Activity>;
  /** Distinct helices among each actor's partners. */
  partnerHelices: Map<string, Helix[]>;
}

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
};

function addTie(network: PartnerNetwork, a: string, b: string, weight: number, year: number | undefined, type?: string, project = false) {
  if (a === b || !network.hasNode(a) || !network.hasNode(b)) return;
  const key = network.edge(a, b);
  if (key === undefined) {
    network.addEdge(a, b, { weight, projects: project ? 1 : 0, types: type ? [type] : [], ...(year !== undefined ? { lastYear: year } : {}) });
    return;
  }
  network.updateEdgeAttributes(key, (t) => ({
    weight: t.weight + weight,
    projects: t.projects + (project ? 1 : 0),
    types: type && !t.types.includes(type) ? [...t.types, type] : t.types,
    ...(year !== undefined || t.lastYear !== undefined ? { lastYear: Math.max(year ?? -Infinity, t.lastYear ?? -Infinity) } : {}),
  }));
}

function ancestors(start: string, parents: Map<string, Set<string>>): Set<string> {
  const seen = new Set([start]);
  const todo = [start];
  while (todo.length) {
    for (const p of parents.get(todo.pop()!) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      todo.push(p);
    }
  }
  return seen;
}

export function buildPartnerGraph(data: PartnerData): PartnerGraph {
  const network: PartnerNetwork = new UndirectedGraph<PartnerActor, TieAttributes>();
  const names = new Map<string, string>();
  for (const a of data.actors) {
    if (!network.hasNode(a.id)) network.addNode(a.id, a);
    names.set(a.id, a.name);
  }
  for (const x of [...data.topics, ...data.regions, ...data.policies, ...data.projects]) names.set(x.id, x.name);
  for (const t of data.ties) addTie(network, t.a, t.b, t.weight ?? 1, t.year, t.type);

  const topicsOf = new Map<string, Set<string>>();
  for (const [actor, topic] of data.actorTopics) add(topicsOf, actor, topic);
  const projectsOf = new Map<string, PartnerProject[]>();
  let latestYear: number | undefined;
  for (const p of data.projects) {
    const members = [...new Set(p.members)].filter((m) => network.hasNode(m));
    if (p.year !== undefined) latestYear = Math.max(latestYear ?? p.year, p.year);
    const weight = members.length > 1 ? 1 / (members.length - 1) : 0;
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      let list = projectsOf.get(m);
      if (!list) projectsOf.set(m, (list = []));
      list.push(p);
      for (const topic of p.topics) add(topicsOf, m, topic);
      for (let j = i + 1; j < members.length; j++) addTie(network, m, members[j]!, weight, p.year, undefined, true);
    }
  }
  for (const t of data.ties) if (t.year !== undefined) latestYear = Math.max(latestYear ?? t.year, t.year);

  const relatedTopics = new Map<string, Set<string>>();
  for (const [x, y] of data.topicLinks) {
    add(relatedTopics, x, y);
    add(relatedTopics, y, x);
  }
  const parents = new Map<string, Set<string>>();
  for (const [child, parent] of data.regionParents) add(parents, child, parent);
  const regionsOf = new Map<string, Set<string>>();
  for (const [actor, region] of data.actorRegions) for (const r of ancestors(region, parents)) add(regionsOf, actor, r);
  const policiesFor = new Map<string, PartnerPolicy[]>();
  for (const p of data.policies) for (const t of p.prioritises) policiesFor.set(t, [...(policiesFor.get(t) ?? []), p]);

  const indexes: PartnerIndexes = {
    network,
    ties: tieIndexOf(network),
    names,
    topicsOf,
    relatedTopics,
    regionsOf,
    regionLevel: new Map(data.regions.map((r) => [r.id, r.level ?? ''])),
    benchmarkRegions: new Set(data.regions.filter((r) => r.benchmark).map((r) => r.id)),
    policiesFor,
    projectsOf,
    ...(latestYear !== undefined ? { latestYear } : {}),
  };
  return {
    ...indexes,
    activity: new Map(network.mapNodes((id) => [id, activityOf(indexes, id)])),
    partnerHelices: new Map(network.mapNodes((id) => [id, helicesOf(network, id)])),
  };
}
