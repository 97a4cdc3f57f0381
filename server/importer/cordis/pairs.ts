import type { Programme } from './records.ts';

// Co-participation: one weighted pair per two organisations sharing projects, with the first and
// last year of those projects and how many of them each framework programme funded. A
// consortium of n gives n(n-1)/2 pairs; consortia above the cap are left out of the pairs (their
// participations are still imported), and the summary says how many pairs that avoided.

export interface Pair {
  a: string;
  b: string;
  weight: number;
  since?: number;
  until?: number;
  byProgramme: Partial<Record<Programme, number>>;
}

export interface PairStats {
  maxConsortium: number;
  projectsOverCap: number;
  largestConsortium: number;
  /** Pairs with every project counted (no cap). */
  pairsWithoutCap: number;
  pairs: number;
}

export interface ConsortiumProject {
  programme: Programme;
  /** Start and end year; undefined where the project's dates are unknown. */
  start?: number;
  end?: number;
  members: string[];
}

const min = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const max = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

export function coParticipation(projects: Iterable<ConsortiumProject>, maxConsortium: number): { pairs: Pair[]; stats: PairStats } {
  const all = new Set<string>();
  const kept = new Map<string, Pair>();
  let projectsOverCap = 0;
  let largestConsortium = 0;
  for (const { programme, start, end, members } of projects) {
    const m = [...new Set(members)].sort();
    largestConsortium = Math.max(largestConsortium, m.length);
    const over = m.length > maxConsortium;
    if (over) projectsOverCap++;
    for (let i = 0; i < m.length; i++) {
      for (let j = i + 1; j < m.length; j++) {
        const key = `${m[i]}|${m[j]}`;
        all.add(key);
        if (over) continue;
        let p = kept.get(key);
        if (!p) kept.set(key, (p = { a: m[i]!, b: m[j]!, weight: 0, byProgramme: {} }));
        p.weight++;
        p.since = min(p.since, start);
        p.until = max(p.until, end ?? start);
        p.byProgramme[programme] = (p.byProgramme[programme] ?? 0) + 1;
      }
    }
  }
  return { pairs: [...kept.values()], stats: { maxConsortium, projectsOverCap, largestConsortium, pairsWithoutCap: all.size, pairs: kept.size } };
}
