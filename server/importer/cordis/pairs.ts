// Co-participation: one weighted pair per two organisations sharing projects. A consortium of n
// gives n(n-1)/2 pairs; consortia above the cap are left out of the pairs (their participations
// are still imported), and the summary says how many pairs that avoided.

export interface Pair {
  a: string;
  b: string;
  weight: number;
  since: number;
  until: number;
}

export interface PairStats {
  maxConsortium: number;
  projectsOverCap: number;
  largestConsortium: number;
  /** Pairs with every project counted (no cap). */
  pairsWithoutCap: number;
  pairs: number;
}

export function coParticipation(projects: Map<string, { year: number; members: string[] }>, maxConsortium: number): { pairs: Pair[]; stats: PairStats } {
  const all = new Set<string>();
  const kept = new Map<string, Pair>();
  let projectsOverCap = 0;
  let largestConsortium = 0;
  for (const { year, members } of projects.values()) {
    const m = [...new Set(members)].sort();
    largestConsortium = Math.max(largestConsortium, m.length);
    const over = m.length > maxConsortium;
    if (over) projectsOverCap++;
    for (let i = 0; i < m.length; i++) {
      for (let j = i + 1; j < m.length; j++) {
        const key = `${m[i]}|${m[j]}`;
        all.add(key);
        if (over) continue;
        const p = kept.get(key);
        if (p) {
          p.weight++;
          p.since = Math.min(p.since, year);
          p.until = Math.max(p.until, year);
        } else kept.set(key, { a: m[i]!, b: m[j]!, weight: 1, since: year, until: year });
      }
    }
  }
  return { pairs: [...kept.values()], stats: { maxConsortium, projectsOverCap, largestConsortium, pairsWithoutCap: all.size, pairs: kept.size } };
}
