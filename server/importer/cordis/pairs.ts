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

/** A pair as the graph has it from earlier imports of other programmes. */
export interface EarlierPair {
  a: string;
  b: string;
  since?: number | null;
  until?: number | null;
  fp7?: number | null;
  h2020?: number | null;
  horizon?: number | null;
}

/**
 * The pairs of these projects. A pair the graph already has from projects of other programmes
 * (`earlier`, for the programmes this import does not read) keeps those counts and years, so
 * importing H2020 and then Horizon Europe adds up instead of overwriting.
 */
export function coParticipation(projects: Iterable<ConsortiumProject>, maxConsortium: number, earlier: EarlierPair[] = [], read: Programme[] = []): { pairs: Pair[]; stats: PairStats } {
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
  for (const e of earlier) {
    const p = kept.get(`${e.a}|${e.b}`);
    if (!p) continue;
    for (const programme of ['fp7', 'h2020', 'horizon'] as const) {
      const n = e[programme];
      if (read.includes(programme) || !n) continue;
      p.byProgramme[programme] = n;
      p.weight += n;
    }
    p.since = min(p.since, e.since ?? undefined);
    p.until = max(p.until, e.until ?? undefined);
  }
  return { pairs: [...kept.values()], stats: { maxConsortium, projectsOverCap, largestConsortium, pairsWithoutCap: all.size, pairs: kept.size } };
}
