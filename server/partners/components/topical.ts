import type { Asker } from '../asker.ts';
import type { PartnerGraph } from '../graph.ts';

export interface TopicalFit {
  score: number;
  /** Topics both sides work on. */
  shared: string[];
  /** Candidate topics related to one of the asker's (hierarchy, related variety, enabling technology). */
  related: string[];
  /** Policies that prioritise a topic of each side. */
  policies: string[];
}

const relatedToAny = (related: Set<string> | undefined, mine: Set<string>) => {
  for (const r of related ?? []) if (mine.has(r)) return true;
  return false;
};

type Lists = { shared: string[]; related: string[]; policies: Set<string> };
/** Reused when only the score is wanted: scoring runs for every candidate. */
const counted = new Set<string>();

/** min(1, (shared + ½·related + ¼·policies) / number of asker topics); names the topics and policies in `lists` when given. */
function fit(g: PartnerGraph, asker: Asker, candidate: string, lists?: Lists): number {
  const mine = asker.topics;
  const theirs = g.topicsOf.get(candidate);
  if (!mine.size || !theirs?.size) return 0;
  let shared = 0;
  let related = 0;
  for (const t of theirs) {
    if (mine.has(t)) {
      shared++;
      lists?.shared.push(t);
    } else if (relatedToAny(g.relatedTopics.get(t), mine)) {
      related++;
      lists?.related.push(t);
    }
  }
  const policies = lists?.policies ?? counted;
  policies.clear();
  for (const t of mine) {
    for (const p of g.policiesFor.get(t) ?? []) if (p.prioritises.some((x) => theirs.has(x))) policies.add(p.id);
  }
  return Math.min(1, (shared + 0.5 * related + 0.25 * policies.size) / mine.size);
}

/** The topical score alone, without listing what it is made of. */
export const topicalScore = (g: PartnerGraph, asker: Asker, candidate: string): number => fit(g, asker, candidate);

export function topicalFit(g: PartnerGraph, asker: Asker, candidate: string): TopicalFit {
  const lists: Lists = { shared: [], related: [], policies: new Set() };
  const score = fit(g, asker, candidate, lists);
  return { score, shared: lists.shared.sort(), related: lists.related.sort(), policies: [...lists.policies].sort() };
}
