import type { Programme } from './records.ts';

// Co-participation: one weighted pair per two organisations sharing projects, with the first and
// last year of those projects and how many of them each framework programme funded. A
// consortium of n gives n(n-1)/2 pairs; consortia above the cap are left out of the pairs (their
// participations are still imported), and the summary says how many pairs that avoided.
//
// The pairs are never all in memory: only each project's members and each organisation's projects
// (as numbers) are kept, and the pairs of one organisation with the organisations after it are
// worked out, handed on and dropped before the next organisation's. Counting them and writing
// them are each one such pass. The pairs earlier imports of other programmes left in the graph
// are looked up for a few hundred organisations at a time, as the pass reaches them.

export interface Pair {
  a: string;
  b: string;
  weight: number;
  since?: number;
  until?: number;
  byProgramme: Partial<Record<Programme, number>>;
  /** The years of each dated shared project ("start-end"), per programme: its weight in a period is counted from them. */
  yearsByProgramme: Partial<Record<Programme, string[]>>;
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
  /** The members' PICs (repeats are counted once). */
  members: readonly string[];
}

/** Organisations whose earlier pairs are looked up in one go. */
export const EARLIER_PAIRS_CHUNK = 500;

/** The pairs the graph has of these organisations (`a`) with organisations sorting after them. */
export type EarlierPairs = (as: string[]) => Promise<readonly EarlierPair[]>;

/** A pair as the graph has it from earlier imports of other programmes. */
export interface EarlierPair {
  a: string;
  b: string;
  since?: number | null;
  until?: number | null;
  fp7?: number | null;
  h2020?: number | null;
  horizon?: number | null;
  fp7Years?: string[] | null;
  h2020Years?: string[] | null;
  horizonYears?: string[] | null;
}

const PROGRAMMES = ['fp7', 'h2020', 'horizon'] as const satisfies readonly Programme[];
const min = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const max = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The pairs of these projects, as a pass that can be run again (`pairs()`), and their counts. A
 * pair the graph already has from projects of other programmes (`earlier`, for the programmes
 * this import does not read) keeps those counts and years, so importing H2020 and then Horizon
 * Europe adds up instead of overwriting. In each pair `a` sorts before `b`.
 */
export function coParticipation(
  projects: readonly ConsortiumProject[],
  maxConsortium: number,
  earlier: EarlierPairs = async () => [],
  read: readonly Programme[] = [],
): { pairs: () => AsyncGenerator<Pair>; stats: PairStats } {
  // Organisations numbered in the order of their PICs, so that a number sorting first is a PIC sorting first.
  const picSet = new Set<string>();
  for (const p of projects) for (const m of p.members) picSet.add(m);
  const pics = [...picSet].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  picSet.clear();
  const number = new Map(pics.map((pic, i) => [pic, i]));

  // Each project's members (distinct, ascending) and each organisation's projects, flat.
  const memberStart = new Int32Array(projects.length + 1);
  const memberList: number[] = [];
  let projectsOverCap = 0;
  let largestConsortium = 0;
  const projectCount = new Int32Array(pics.length + 1);
  projects.forEach((p, j) => {
    const m = [...new Set(p.members.map((pic) => number.get(pic)!))].sort((x, y) => x - y);
    for (const i of m) {
      memberList.push(i);
      projectCount[i + 1]!++;
    }
    memberStart[j + 1] = memberList.length;
    largestConsortium = Math.max(largestConsortium, m.length);
    if (m.length > maxConsortium) projectsOverCap++;
  });
  const members = Int32Array.from(memberList);
  memberList.length = 0;
  for (let i = 0; i < pics.length; i++) projectCount[i + 1]! += projectCount[i]!;
  const projectStart = projectCount;
  const projectList = new Int32Array(members.length);
  const fill = projectStart.slice(0, pics.length);
  for (let j = 0; j < projects.length; j++) for (let k = memberStart[j]!; k < memberStart[j + 1]!; k++) projectList[fill[members[k]!]!++] = j;
  const over = (j: number) => memberStart[j + 1]! - memberStart[j]! > maxConsortium;
  const years = projects.map(({ programme, start, end }) => ({ programme, start, end }));

  /** Calls `visit(b, project)` for every organisation b after a in every project of a (cap or not). */
  const partnersAfter = (a: number, visit: (b: number, project: number) => void) => {
    for (let k = projectStart[a]!; k < projectStart[a + 1]!; k++) {
      const j = projectList[k]!;
      for (let m = memberStart[j]!; m < memberStart[j + 1]!; m++) if (members[m]! > a) visit(members[m]!, j);
    }
  };

  // The counts: one pass that marks each organisation's partners instead of keeping pairs.
  const seenAll = new Int32Array(pics.length).fill(-1);
  const seenKept = new Int32Array(pics.length).fill(-1);
  let pairsWithoutCap = 0;
  let kept = 0;
  for (let a = 0; a < pics.length; a++) {
    partnersAfter(a, (b, j) => {
      if (seenAll[b] !== a) {
        seenAll[b] = a;
        pairsWithoutCap++;
      }
      if (!over(j) && seenKept[b] !== a) {
        seenKept[b] = a;
        kept++;
      }
    });
  }

  async function* pairs(): AsyncGenerator<Pair> {
    let before = new Map<string, EarlierPair>();
    for (let a = 0; a < pics.length; a++) {
      if (a % EARLIER_PAIRS_CHUNK === 0) before = new Map((await earlier(pics.slice(a, a + EARLIER_PAIRS_CHUNK))).map((e) => [pairKey(e.a, e.b), e]));
      const mine = new Map<number, Pair>();
      partnersAfter(a, (b, j) => {
        if (over(j)) return;
        let p = mine.get(b);
        if (!p) mine.set(b, (p = { a: pics[a]!, b: pics[b]!, weight: 0, byProgramme: {}, yearsByProgramme: {} }));
        const { programme, start, end } = years[j]!;
        p.weight++;
        if (start !== undefined) (p.yearsByProgramme[programme] ??= []).push(`${start}-${end ?? start}`);
        p.since = min(p.since, start);
        p.until = max(p.until, end ?? start);
        p.byProgramme[programme] = (p.byProgramme[programme] ?? 0) + 1;
      });
      for (const b of [...mine.keys()].sort((x, y) => x - y)) {
        const p = mine.get(b)!;
        const e = before.get(pairKey(p.a, p.b));
        if (e) {
          for (const programme of PROGRAMMES) {
            const n = e[programme];
            if (read.includes(programme) || !n) continue;
            p.byProgramme[programme] = n;
            p.weight += n;
            const dated = e[`${programme}Years`];
            if (dated?.length) p.yearsByProgramme[programme] = dated;
          }
          p.since = min(p.since, e.since ?? undefined);
          p.until = max(p.until, e.until ?? undefined);
        }
        yield p;
      }
    }
  }

  return { pairs, stats: { maxConsortium, projectsOverCap, largestConsortium, pairsWithoutCap, pairs: kept } };
}
