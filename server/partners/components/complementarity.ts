import type { Helix } from '../../graph/model.ts';
import type { Asker } from '../asker.ts';
import type { PartnerGraph } from '../graph.ts';

export interface Complementarity {
  score: number;
  /** The candidate's helix when the asker's network lacks it (or the need asks for it). */
  brings?: Helix;
  /** Helices among the candidate's partners: a broker spans several. */
  spans: Helix[];
}

/** (helix gap + brokerage) / 2, brokerage = (distinct helices among its partners − 1) / 4. */
export function complementarity(g: PartnerGraph, asker: Asker, candidate: string): Complementarity {
  const helix = g.network.getNodeAttribute(candidate, 'helix');
  const wanted = asker.helixWanted.size ? asker.helixWanted.has(helix!) : asker.members.length > 0 && !asker.helices.has(helix!);
  const brings = helix && wanted ? helix : undefined;
  const spans = helicesAround(g, candidate);
  const broker = Math.max(0, spans.length - 1) / 4;
  return { score: ((brings ? 1 : 0) + broker) / 2, ...(brings ? { brings } : {}), spans };
}

const cache = new WeakMap<PartnerGraph, Map<string, Helix[]>>();

/** Distinct helices among an actor's partners (memoised per graph; buildPartnerGraph fills it for all). */
export function helicesAround(g: PartnerGraph, actor: string): Helix[] {
  let memo = cache.get(g);
  if (!memo) cache.set(g, (memo = new Map()));
  let spans = memo.get(actor);
  if (!spans) {
    const set = new Set<Helix>();
    g.network.forEachNeighbor(actor, (_n, attrs) => {
      if (attrs.helix) set.add(attrs.helix);
    });
    memo.set(actor, (spans = [...set].sort()));
  }
  return spans;
}
