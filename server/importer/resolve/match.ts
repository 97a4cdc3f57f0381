import { nameSimilarity, normaliseName } from './normalise.ts';

// Entity resolution: which imported organisations are actors already in the graph. A normalised
// full name shared with the name or an alias of exactly one known actor of the same country is a
// confident match, linked SAME_AS. Everything weaker only goes to the review list with its score:
// a short name alone ("PBL", "MPG" name many organisations), a name several actors share, a similar
// name. Nothing is ever merged.

export interface KnownActor {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases?: string[] | null;
  country?: string | null;
}

export interface Candidate {
  id: string;
  name: string;
  shortName?: string;
  country?: string;
}

export interface Match {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  /** 1 for a confident match; the name similarity for one to review. */
  score: number;
  reason: string;
}

export const REVIEW_THRESHOLD = 0.5;
/** The score of a review entry whose full name several known actors share. */
const SHARED_NAME_SCORE = 0.9;
/** The score of a review entry matched on its short name only. */
const SHORT_NAME_SCORE = 0.6;

export function matchActors(candidates: Candidate[], known: KnownActor[]): { confident: Match[]; review: Match[] } {
  const byKey = new Map<string, KnownActor[]>();
  for (const k of known) {
    for (const n of new Set([k.name, k.nameEn, ...(k.aliases ?? [])].filter((x): x is string => !!x).map(normaliseName))) {
      if (!n) continue;
      byKey.set(n, [...(byKey.get(n) ?? []), k]);
    }
  }
  const confident: Match[] = [];
  const review: Match[] = [];
  for (const c of candidates) {
    const sameCountry = (k: KnownActor) => !k.country || !c.country || k.country === c.country;
    const key = normaliseName(c.name);
    const hits = (byKey.get(key) ?? []).filter(sameCountry);
    if (hits.length === 1) {
      const k = hits[0]!;
      confident.push({ from: c.id, fromName: c.name, to: k.id, toName: k.name, score: 1, reason: `the normalised name "${key}" is a name or alias of ${k.name}` });
      continue;
    }
    if (hits.length > 1) {
      review.push({ from: c.id, fromName: c.name, to: hits[0]!.id, toName: hits[0]!.name, score: SHARED_NAME_SCORE, reason: `ambiguous: ${hits.length} actors (${hits.map((h) => h.id).join(', ')}) have the name "${key}"` });
      continue;
    }
    const shortKey = c.shortName ? normaliseName(c.shortName) : '';
    const shortHits = shortKey ? (byKey.get(shortKey) ?? []).filter(sameCountry) : [];
    if (shortHits.length) {
      const k = shortHits[0]!;
      review.push({ from: c.id, fromName: c.name, to: k.id, toName: k.name, score: SHORT_NAME_SCORE, reason: `only the short name "${c.shortName}" matches${shortHits.length > 1 ? ` (${shortHits.length} actors)` : ''}; check by hand` });
      continue;
    }
    let best: Match | undefined;
    for (const k of known) {
      if (!sameCountry(k)) continue;
      const score = Math.max(...[k.name, k.nameEn, ...(k.aliases ?? [])].filter((x): x is string => !!x).map((n) => nameSimilarity(c.name, n)));
      if (score >= REVIEW_THRESHOLD && score > (best?.score ?? 0)) {
        best = { from: c.id, fromName: c.name, to: k.id, toName: k.name, score: Math.round(score * 100) / 100, reason: 'similar names; check by hand' };
      }
    }
    if (best) review.push(best);
  }
  return { confident, review };
}
