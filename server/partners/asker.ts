import type { Helix } from '../graph/model.ts';
import type { PartnerGraph } from './graph.ts';

/** Who asks: one actor, a group to complete, or a need described in words of the schema. */
export type Ask =
  | { actors: string[] }
  | { need: { topics: string[]; regions: string[]; helix: Helix[] } };

/** The asker as the components see it. */
export interface Asker {
  members: string[];
  /** Everyone the members are already linked to (not candidates). */
  partners: Set<string>;
  topics: Set<string>;
  regions: Set<string>;
  countries: Set<string>;
  /** Helices present among the members and their partners. */
  helices: Set<Helix>;
  /** Helices asked for explicitly (need); candidates of other helices are left out. */
  helixWanted: Set<Helix>;
}

export function resolveAsker(g: PartnerGraph, ask: Ask): Asker {
  if ('need' in ask) {
    return {
      members: [],
      partners: new Set(),
      topics: new Set(ask.need.topics),
      regions: new Set(ask.need.regions),
      countries: new Set(),
      helices: new Set(),
      helixWanted: new Set(ask.need.helix),
    };
  }
  const members = ask.actors.filter((a) => g.network.hasNode(a));
  const partners = new Set<string>();
  const topics = new Set<string>();
  const regions = new Set<string>();
  const countries = new Set<string>();
  const helices = new Set<Helix>();
  for (const m of members) {
    g.network.forEachNeighbor(m, (n, attrs) => {
      partners.add(n);
      if (attrs.helix) helices.add(attrs.helix);
    });
    g.topicsOf.get(m)?.forEach((t) => topics.add(t));
    g.regionsOf.get(m)?.forEach((r) => regions.add(r));
    const { country, helix } = g.network.getNodeAttributes(m);
    if (country) countries.add(country);
    if (helix) helices.add(helix);
  }
  for (const m of members) partners.delete(m);
  return { members, partners, topics, regions, countries, helices, helixWanted: new Set() };
}

/** Candidates: actors of the period who are not the asker and not already linked to it, of a wanted helix if one is given. */
export function candidatesFor(g: PartnerGraph, asker: Asker): string[] {
  const out: string[] = [];
  const members = new Set(asker.members);
  g.network.forEachNode((id, attrs) => {
    if (members.has(id) || asker.partners.has(id) || attrs.outOfPeriod) return;
    if (asker.helixWanted.size && !(attrs.helix && asker.helixWanted.has(attrs.helix))) return;
    out.push(id);
  });
  return out;
}
