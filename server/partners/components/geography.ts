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

export function geography(g: PartnerGraph, asker: Asker, candidate: string): Geography {
  let best: Geography = { score: 0 };
  for (const r of g.regionsOf.get(candidate) ?? []) {
    const score = LEVEL_SCORE[g.regionLevel.get(r) ?? ''] ?? 0.5;
    if (asker.regions.has(r) && score > best.score) best = { score, sharedRegion: r };
    else if (g.benchmarkRegions.has(r) && BENCHMARK > best.score) best = { score: BENCHMARK, benchmarkRegion: r };
  }
  const country = g.network.getNodeAttribute(candidate, 'country');
  if (country && asker.countries.has(country) && SAME_COUNTRY > best.score) best = { score: SAME_COUNTRY, sameCountry: country };
  return best;
}
