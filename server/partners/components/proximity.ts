import type { Asker } from '../asker.ts';
import type { PartnerGraph } from '../graph.ts';
import { isStrong, repeats } from '../tie-index.ts';

export { repeats };

export interface Proximity {
  /** Normalised later against the best candidate. */
  raw: number;
  commonNeighbours: number;
  adamicAdar: number;
  resourceAllocation: number;
}

/** The proximity of one asker's candidates, each read when asked for: on CORDIS thousands are touched and few are read in full. */
export interface ProximityTable {
  /** Undefined when no common partner links the candidate to the asker. */
  get(candidate: string): Proximity | undefined;
  /** The raw score, 0 without a common partner. */
  raw(candidate: string): number;
}

/** Who links the two sides, for the explanation of one suggestion. */
export interface SharedPartners {
  commonPartners: string[];
  /** Common partners tied strongly to both sides: a direct link, or two projects or more together. */
  trusted: string[];
}

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

const askerRepeats = (g: PartnerGraph, asker: Asker, z: string) => {
  let best = 1;
  for (const m of asker.members) {
    const key = g.network.edge(m, z);
    if (key !== undefined) best = Math.max(best, repeats(g.network.getEdgeAttributes(key)));
  }
  return best;
};

/**
 * Network proximity of every candidate reachable through a common partner, in one pass over the
 * asker's partners: common neighbours, Adamic–Adar (Σ 1/log deg z), resource allocation
 * (Σ 1/deg z), and raw = Adamic–Adar in which each common partner z counts by how often it worked
 * with each side: Σ √(repeats(asker, z) · repeats(z, c)) / log deg z. Repeated collaborations
 * are what new consortia are built from (bench/README.md, partners-eval: this beat plain
 * Adamic–Adar and a fixed bonus for trusted intermediaries on held-back CORDIS partnerships).
 */
export function proximityAll(g: PartnerGraph, asker: Asker): ProximityTable {
  const { ids, index, starts, neighbors, repeats: tieRepeats } = g.ties;
  const n = ids.length;
  const excluded = new Uint8Array(n);
  for (const id of [...asker.members, ...asker.partners]) {
    const i = index.get(id);
    if (i !== undefined) excluded[i] = 1;
  }
  const raw = new Float64Array(n);
  const cn = new Int32Array(n);
  const aa = new Float64Array(n);
  const ra = new Float64Array(n);
  for (const z of asker.partners) {
    const zi = index.get(z)!;
    const degree = starts[zi + 1]! - starts[zi]!;
    if (degree < 2) continue;
    const logDegree = Math.log(degree);
    const fromAsker = askerRepeats(g, asker, z);
    for (let j = starts[zi]!; j < starts[zi + 1]!; j++) {
      const c = neighbors[j]!;
      if (excluded[c]) continue;
      cn[c]! += 1;
      aa[c]! += 1 / logDegree;
      ra[c]! += 1 / degree;
      raw[c]! += Math.sqrt(fromAsker * tieRepeats[j]!) / logDegree;
    }
  }
  return {
    get(candidate) {
      const c = index.get(candidate);
      return c === undefined || !cn[c] ? undefined : { raw: raw[c]!, commonNeighbours: cn[c]!, adamicAdar: aa[c]!, resourceAllocation: ra[c]! };
    },
    raw: (candidate) => raw[index.get(candidate) ?? -1] ?? 0,
  };
}

/** The asker's partners that also work with the candidate, and which of them are trusted by both. */
export function sharedPartners(g: PartnerGraph, asker: Asker, candidate: string): SharedPartners {
  const commonPartners: string[] = [];
  const trusted: string[] = [];
  g.network.forEachNeighbor(candidate, (z) => {
    if (!asker.partners.has(z)) return;
    commonPartners.push(z);
    if (strong(g, z, candidate) && asker.members.some((m) => strong(g, m, z))) trusted.push(z);
  });
  return { commonPartners, trusted };
}
