import type { Asker } from '../asker.ts';
import type { PartnerGraph } from '../graph.ts';

export interface Geography {
  score: number;
  /** The most specific region both sides are in. */
  sharedRegion?: string;
  sameCountry?: string;
  benchmarkRegion?: string;
}

/** How close a shared region of this level is (a shared city counts most). */
export const LEVEL_SCORE: Record<string, number> = {
  site: 1,
  city: 1,
  arrondissement: 0.9,
  nuts3: 0.9,
  subregion: 0.9,
  province: 0.8,
  metropolitan: 0.8,
  cross_border: 0.8,
  region: 0.6,
  country: 0.3,
  eu: 0,
};
const SAME_COUNTRY = 0.3;
const BENCHMARK = 0.5;

/** What the best match was, kept here rather than in a new object per candidate: scoring runs for every one. */
const best = { score: 0, why: '' as '' | 'sharedRegion' | 'benchmarkRegion' | 'sameCountry', what: '' };
const pick = (score: number, why: typeof best.why, what: string) => {
  best.score = score;
  best.why = why;
  best.what = what;
};

/** The closest thing both sides share: a region (by level), a benchmark region of the candidate, or the country. */
export function geographyScore(g: PartnerGraph, asker: Asker, candidate: string): number {
  pick(0, '', '');
  for (const r of g.regionsOf.get(candidate) ?? []) {
    const score = LEVEL_SCORE[g.regionLevel.get(r) ?? ''] ?? 0.5;
    if (asker.regions.has(r) && score > best.score) pick(score, 'sharedRegion', r);
    else if (g.benchmarkRegions.has(r) && BENCHMARK > best.score) pick(BENCHMARK, 'benchmarkRegion', r);
  }
  const country = g.network.getNodeAttribute(candidate, 'country');
  if (country && asker.countries.has(country) && SAME_COUNTRY > best.score) pick(SAME_COUNTRY, 'sameCountry', country);
  return best.score;
}

export function geography(g: PartnerGraph, asker: Asker, candidate: string): Geography {
  const score = geographyScore(g, asker, candidate);
  return best.why ? { score, [best.why]: best.what } : { score };
}
