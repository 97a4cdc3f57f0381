import type { Helix } from '../../graph/model.ts';
import type { Asker } from '../asker.ts';
import type { PartnerGraph, PartnerNetwork } from '../graph.ts';

export interface Complementarity {
  score: number;
  /** The candidate's helix when the asker's network lacks it (or the need asks for it). */
  brings?: Helix;
  /** Helices among the candidate's partners: a broker spans several. */
  spans: Helix[];
}

/** The candidate's helix when the asker lacks it or the need asks for it. */
function gap(g: PartnerGraph, asker: Asker, candidate: string): Helix | undefined {
  const helix = g.network.getNodeAttribute(candidate, 'helix');
  const wanted = asker.helixWanted.size ? asker.helixWanted.has(helix!) : asker.members.length > 0 && !asker.helices.has(helix!);
  return helix && wanted ? helix : undefined;
}

/** (helix gap + brokerage) / 2, brokerage = (distinct helices among its partners − 1) / 4. */
const scoreOf = (brings: Helix | undefined, spans: Helix[]) => ((brings ? 1 : 0) + Math.max(0, spans.length - 1) / 4) / 2;

/** The complementarity score alone. */
export const complementarityScore = (g: PartnerGraph, asker: Asker, candidate: string): number => scoreOf(gap(g, asker, candidate), helicesAround(g, candidate));

export function complementarity(g: PartnerGraph, asker: Asker, candidate: string): Complementarity {
  const brings = gap(g, asker, candidate);
  const spans = helicesAround(g, candidate);
  return { score: scoreOf(brings, spans), ...(brings ? { brings } : {}), spans };
}

/** Distinct helices among an actor's partners. */
export function helicesOf(network: PartnerNetwork, actor: string): Helix[] {
  const set = new Set<Helix>();
  network.forEachNeighbor(actor, (_n, attrs) => {
    if (attrs.helix) set.add(attrs.helix);
  });
  return [...set].sort();
}

/** The helices around an actor, as buildPartnerGraph computed them for every actor (`g.partnerHelices`). */
export const helicesAround = (g: PartnerGraph, actor: string): Helix[] => g.partnerHelices.get(actor) ?? helicesOf(g.network, actor);
