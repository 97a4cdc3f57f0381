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

/** min(1, (shared + ½·related + ¼·policies) / number of asker topics). */
export function topicalFit(g: PartnerGraph, asker: Asker, candidate: string): TopicalFit {
  const mine = asker.topics;
  const theirs = g.topicsOf.get(candidate);
  if (!mine.size || !theirs?.size) return { score: 0, shared: [], related: [], policies: [] };
  const shared: string[] = [];
  const related: string[] = [];
  for (const t of theirs) {
    if (mine.has(t)) shared.push(t);
    else if (relatedToAny(g.relatedTopics.get(t), mine)) related.push(t);
  }
  const policies = new Set<string>();
  for (const t of mine) {
    for (const p of g.policiesFor.get(t) ?? []) if (p.prioritises.some((x) => theirs.has(x))) policies.add(p.id);
  }
  const score = Math.min(1, (shared.length + 0.5 * related.length + 0.25 * policies.size) / mine.size);
  return { score, shared: shared.sort(), related: related.sort(), policies: [...policies].sort() };
}
