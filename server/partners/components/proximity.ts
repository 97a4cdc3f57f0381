import type { Asker } from '../asker.ts';
import type { PartnerGraph, TieAttributes } from '../graph.ts';

export interface Proximity {
  /** Normalised later against the best candidate. */
  raw: number;
  commonPartners: string[];
  commonNeighbours: number;
  adamicAdar: number;
  resourceAllocation: number;
  /** Common partners tied strongly to both sides: a direct link, or two projects or more together. */
  trusted: string[];
}

/** How much more a trusted intermediary counts than another common partner. */
export const TRUST_BONUS = 1.5;

const isStrong = (t: TieAttributes) => t.types.length > 0 || t.projects >= 2;

const strong = (g: PartnerGraph, a: string, b: string) => {
  const key = g.network.edge(a, b);
  return key !== undefined && isStrong(g.network.getEdgeAttributes(key));
};

/** Strength of the asker's tie to z: the strongest member's. */
export function askerTie(g: PartnerGraph, asker: Asker, z: string): number {
  let best = 0;
  for (const m of asker.members) {
    const key = g.network.edge(m, z);
    if (key !== undefined) best = Math.max(best, g.network.getEdgeAttribute(key, 'weight'));
  }
  return best;
}

/**
 * Network proximity of every candidate reachable through a common partner, in one pass over the
 * asker's partners: common neighbours, Adamic–Adar (Σ 1/log deg z), resource allocation
 * (Σ 1/deg z), and raw = Adamic–Adar in which trusted intermediaries count 1.5 times.
 */
export function proximityAll(g: PartnerGraph, asker: Asker): Map<string, Proximity> {
  const out = new Map<string, Proximity>();
  const members = new Set(asker.members);
  for (const z of asker.partners) {
    const degree = g.network.degree(z);
    if (degree < 2) continue;
    const zTrusted = asker.members.some((m) => strong(g, m, z));
    // Edges rather than neighbours: the tie's attributes come with it, no lookup per pair.
    g.network.forEachEdge(z, (_e, tie, source, target) => {
      const c = source === z ? target : source;
      if (members.has(c) || asker.partners.has(c)) return;
      let p = out.get(c);
      if (!p) out.set(c, (p = { raw: 0, commonPartners: [], commonNeighbours: 0, adamicAdar: 0, resourceAllocation: 0, trusted: [] }));
      const trusted = zTrusted && isStrong(tie);
      p.commonPartners.push(z);
      p.commonNeighbours += 1;
      p.adamicAdar += 1 / Math.log(degree);
      p.resourceAllocation += 1 / degree;
      p.raw += (trusted ? TRUST_BONUS : 1) / Math.log(degree);
      if (trusted) p.trusted.push(z);
    });
  }
  return out;
}
