import type { Introducer } from '../../contract/index.ts';
import { askerTie } from './components/proximity.ts';
import type { Asker } from './asker.ts';
import type { PartnerGraph } from './graph.ts';

export type { Introducer } from '../../contract/index.ts';

/** Actors who know both sides, strongest pair of links first (ties broken by name). */
export function introducers(g: PartnerGraph, asker: Asker, candidate: string, commonPartners: string[], limit = 5): Introducer[] {
  return commonPartners
    .map((z) => {
      const toAsker = askerTie(g, asker, z);
      const toCandidate = g.network.getEdgeAttribute(g.network.edge(z, candidate)!, 'weight');
      return { id: z, name: g.names.get(z) ?? z, strength: Math.sqrt(toAsker * toCandidate), toAsker, toCandidate };
    })
    .sort((a, b) => b.strength - a.strength || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}
