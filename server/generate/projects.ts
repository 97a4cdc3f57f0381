import type { Actor } from './actors.ts';
import { Random, WeightedSampler } from './random.ts';
import type { Frame, Policy } from './taxonomy.ts';
import { COUNTRIES, PROJECT_NOUNS, PROJECT_WORDS } from './vocabulary.ts';

// Projects and their consortia. Participants are drawn in proportion to each actor's
// heavy-tailed activity (a preferential process: a few actors are in very many projects), EU
// projects from everywhere, regional ones from one country. Projects run within FIRST_YEAR–LAST_YEAR
// (FP7, Horizon 2020 and Horizon Europe), their start years spread evenly. Collaboration pairs are
// derived from shared projects afterwards.

export interface Project {
  id: string;
  name: string;
  acronym: string;
  start: number;
  months: number;
  eu: boolean;
  kind: string;
  totalCost: number;
  ecMaxContribution?: number;
  policy: number;
  /** Actor indices, the coordinator first. */
  members: number[];
  sectors: number[];
  technologies: number[];
}

/** Participations per actor on average; projects are generated until they add up to this. */
export const PARTICIPATIONS_PER_ACTOR = 2.2;
/** The first and last year a generated project runs. */
export const FIRST_YEAR = 2007;
export const LAST_YEAR = 2027;
const MAX_CONSORTIUM = 60;

function fundingPolicy(random: Random, policies: Policy[], eu: boolean, year: number, country: number): number {
  const ids = (pred: (p: Policy) => boolean) => policies.flatMap((p, i) => (pred(p) ? [i] : []));
  if (eu) {
    if (year < 2014) return policies.findIndex((p) => p.id === 'policy-fp7');
    const parent = year < 2021 ? 'policy-h2020' : 'policy-horizon-europe';
    return random.pick(ids((p) => p.parent === parent));
  }
  const local = ids((p) => p.country === country);
  return random.chance(0.2) ? policies.findIndex((p) => p.id === 'policy-erdf') : random.pick(local);
}

export function generateProjects(random: Random, frame: Frame, actors: Actor[], width: number, actorSectors: number[][]): Project[] {
  const everyone = new WeightedSampler(actors.map((a) => a.activity));
  const byCountry = COUNTRIES.map((_, ci) => {
    const members = actors.flatMap((a, i) => (a.country === ci ? [i] : []));
    return members.length ? new WeightedSampler(members.map((i) => actors[i]!.activity), members) : undefined;
  });
  const target = Math.round(actors.length * PARTICIPATIONS_PER_ACTOR);
  const projects: Project[] = [];
  for (let total = 0; total < target; ) {
    const eu = random.chance(0.6);
    const home = random.weighted(COUNTRIES.map((c) => c.share));
    const sampler = eu ? everyone : (byCountry[home] ?? everyone);
    const wanted = Math.min(MAX_CONSORTIUM, eu ? 1 + Math.floor(random.pareto(2.4) * 2) : 1 + Math.floor(random.pareto(2.5) * 1.4));
    const size = Math.min(wanted, sampler.size);
    const members = new Set<number>();
    for (let tries = 0; members.size < size && tries < size * 20; tries++) members.add(sampler.draw(random));
    const list = [...members];
    const coordinator = actors[list[0]!]!;
    const months = random.pick([12, 24, 36, 48, 60]);
    const start = random.int(FIRST_YEAR, LAST_YEAR + 1 - Math.ceil(months / 12));
    const n = projects.length + 1;
    const word = random.pick(PROJECT_WORDS);
    const noun = random.pick(PROJECT_NOUNS);
    const coordinatorSectors = actorSectors[list[0]!]!;
    const sectors = new Set<number>([coordinatorSectors.length ? random.pick(coordinatorSectors) : random.pick(frame.subsectors)]);
    if (random.chance(0.3)) sectors.add(random.pick(frame.subsectors));
    const technologies = new Set<number>();
    for (const s of sectors) for (const t of frame.sectors[s]!.technologies) if (random.chance(0.6)) technologies.add(t);
    if (!technologies.size) technologies.add(random.int(0, frame.technologies.length - 1));
    const totalCost = random.int(50, eu ? 8000 : 1500) * 1000;
    projects.push({
      id: `project-${String(n).padStart(width, '0')}`,
      name: `${word} ${frame.sectors[[...sectors][0]!]!.name.toLowerCase()} ${noun.toLowerCase()} ${n}`,
      acronym: `${word.slice(0, 3)}${noun.slice(0, 3)}${n}`.toUpperCase(),
      start,
      months,
      eu,
      kind: eu ? random.pick(['research', 'innovation', 'coordination']) : random.pick(['cluster_project', 'innovation', 'demonstration']),
      totalCost,
      ...(eu ? { ecMaxContribution: Math.round(totalCost * 0.7) } : {}),
      policy: fundingPolicy(random, frame.policies, eu, start, eu ? coordinator.country : home),
      members: list,
      sectors: [...sectors],
      technologies: [...technologies].sort((a, b) => a - b),
    });
    total += list.length;
  }
  return projects;
}

/** The last year project p runs. */
export const endYear = (p: Pick<Project, 'start' | 'months'>): number => p.start + Math.ceil(p.months / 12) - 1;

export interface Pair {
  a: number;
  b: number;
  weight: number;
  since: number;
  until: number;
  /** The "start-end" years of each shared project, so the pair's weight in a period can be counted from it. */
  years: string[];
}

/**
 * One collaboration per pair of actors that share projects: weight = shared projects, since/until =
 * first start and last end year, years = each shared project's years.
 */
export function collaborationPairs(projects: Project[], actorCount: number): Pair[] {
  const index = new Map<number, number>();
  const weight: number[] = [];
  const since: number[] = [];
  const until: number[] = [];
  const years: string[][] = [];
  for (const p of projects) {
    const end = endYear(p);
    const span = `${p.start}-${end}`;
    const m = p.members;
    for (let i = 0; i < m.length; i++) {
      for (let j = i + 1; j < m.length; j++) {
        const [a, b] = m[i]! < m[j]! ? [m[i]!, m[j]!] : [m[j]!, m[i]!];
        const key = a * actorCount + b;
        const at = index.get(key);
        if (at === undefined) {
          index.set(key, weight.length);
          weight.push(1);
          since.push(p.start);
          until.push(end);
          years.push([span]);
        } else {
          weight[at]!++;
          since[at] = Math.min(since[at]!, p.start);
          until[at] = Math.max(until[at]!, end);
          years[at]!.push(span);
        }
      }
    }
  }
  const keys = Float64Array.from(index.keys()).sort();
  return Array.from(keys, (key) => {
    const at = index.get(key)!;
    return { a: Math.floor(key / actorCount), b: key % actorCount, weight: weight[at]!, since: since[at]!, until: until[at]!, years: years[at]! };
  });
}
