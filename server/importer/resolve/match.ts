import { nameSimilarity, normaliseName } from './normalise.ts';

// Entity resolution: which imported organisations are actors already in the graph. A normalised
// name (or alias) shared with exactly one known actor of the same country is a confident match,
// linked SAME_AS; a similar name is only listed for review; nothing is ever merged.

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
    let found: Match | undefined;
    for (const [field, value] of [['name', c.name], ['short name', c.shortName]] as const) {
      if (!value || found) continue;
      const key = normaliseName(value);
      const hits = (byKey.get(key) ?? []).filter(sameCountry);
      if (hits.length === 1) {
        const k = hits[0]!;
        found = { from: c.id, fromName: c.name, to: k.id, toName: k.name, score: 1, reason: `the normalised ${field} "${key}" is a name or alias of ${k.name}` };
      }
    }
    if (found) {
      confident.push(found);
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
