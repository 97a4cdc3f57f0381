import { searchTerms } from './lucene.ts';

/** A full-text hit with what ranking needs: its names, Lucene's score and how connected it is. */
export interface Hit {
  names: string[];
  score: number;
  /** Links other than mentions in documents: how active or connected the node is. */
  links: number;
}

/**
 * 0: a name is exactly what was typed (accents and case aside); 1: every typed word starts a word
 * of one name (a type-ahead match); 2: anything else Lucene found (typos).
 */
export function matchTier(q: string, names: string[]): 0 | 1 | 2 {
  const typed = searchTerms(q);
  let tier: 0 | 1 | 2 = 2;
  for (const name of names) {
    const words = searchTerms(name);
    if (words.join(' ') === typed.join(' ')) return 0;
    if (typed.every((t) => words.some((w) => w.startsWith(t)))) tier = 1;
  }
  return tier;
}

/**
 * Exact names first, then type-ahead matches, then typo matches. Among type-ahead matches, which
 * Lucene scores by little more than name length, the more connected node comes first; typo
 * matches keep Lucene's order, since how close the spelling is matters more there.
 */
export function rankHits<T extends Hit>(q: string, hits: T[]): T[] {
  const keyed = hits.map((hit) => ({ hit, tier: matchTier(q, hit.names) }));
  keyed.sort((a, b) => {
    if (a.tier !== b.tier) return a.tier - b.tier;
    if (a.tier === 2) return b.hit.score - a.hit.score || b.hit.links - a.hit.links;
    return b.hit.links - a.hit.links || b.hit.score - a.hit.score;
  });
  return keyed.map((k) => k.hit);
}
