import { HELICES, type Helix } from '../graph/model.ts';
import { brokerage, type BrokerageCounts } from './brokerage.ts';
import type { AnalyticsGraph } from './graph.ts';

export interface HelixOptions {
  /** Relationship types that count as a tie between actors. Default: COLLABORATES_WITH. */
  tieTypes?: readonly string[];
  /** A present helix holding less than this share of the actors is thin. Default 0.1. */
  thinShare?: number;
}

/** Symmetric helix × helix table; the diagonal holds ties within a helix. */
export type HelixMatrix = Record<Helix, Record<Helix, number>>;

export type ThinReason = 'few_actors' | 'no_cross_helix_tie' | 'mostly_isolated';

export interface ThinHelix {
  helix: Helix;
  actors: number;
  share: number;
  /** Its actors without a single tie to another actor. */
  isolated: number;
  reasons: ThinReason[];
}

export interface HelixReport {
  actors: Record<Helix, number>;
  /** Actor nodes without a helix: they are left out of every figure below. */
  actorsWithoutHelix: string[];
  /** Tie counts; a cross-helix tie appears in both [g][h] and [h][g], once in each. */
  ties: HelixMatrix;
  /** The same table with tie weights summed. */
  weightedTies: HelixMatrix;
  totals: {
    ties: number;
    weight: number;
    crossTies: number;
    crossWeight: number;
    /** Share of ties that join two helices; null without ties. */
    crossShare: number | null;
    crossWeightShare: number | null;
  };
  /** Actors per helix without a single tie to another actor. */
  isolated: Record<Helix, number>;
  /** Krackhardt–Stern E-I index (E − I) / (E + I): −1 all ties inside, +1 all across. */
  eiIndex: { overall: number | null; byHelix: Record<Helix, number | null> };
  /** Helices with no actor at all. */
  missing: Helix[];
  thin: ThinHelix[];
  /** Gould–Fernandez brokerage with the helix as group, over actor ties only. */
  brokerage: { byActor: Record<string, BrokerageCounts>; totals: BrokerageCounts };
}

/** Triple-helix statistics over the ties between actors (nodes of type Actor with a helix). */
export function helixStatistics(graph: AnalyticsGraph, options: HelixOptions = {}): HelixReport {
  const tieTypes = new Set(options.tieTypes ?? ['COLLABORATES_WITH']);
  const thinShare = options.thinShare ?? 0.1;

  const helixOf = new Map<string, Helix>();
  const actorsWithoutHelix: string[] = [];
  const actors = helixRecord(() => 0);
  graph.forEachNode((id, data) => {
    if (data.type !== 'Actor') return;
    if (data.helix === undefined) {
      actorsWithoutHelix.push(id);
      return;
    }
    helixOf.set(id, data.helix);
    actors[data.helix]++;
  });

  const ties = helixRecord(() => helixRecord(() => 0));
  const weightedTies = helixRecord(() => helixRecord(() => 0));
  const neighbors = new Map<string, Set<string>>([...helixOf.keys()].map((id) => [id, new Set<string>()]));

  graph.forEachEdge((_edge, attrs, source, target) => {
    const g = helixOf.get(source);
    const h = helixOf.get(target);
    if (g === undefined || h === undefined) return;
    const members = attrs.members.filter((e) => tieTypes.has(e.type));
    if (members.length === 0) return;
    const weight = members.reduce((sum, e) => sum + (e.weight ?? 1), 0);
    neighbors.get(source)!.add(target);
    neighbors.get(target)!.add(source);
    ties[g][h]++;
    weightedTies[g][h] += weight;
    if (g === h) return;
    ties[h][g]++;
    weightedTies[h][g] += weight;
  });

  const isolated = helixRecord(() => 0);
  for (const [id, partners] of neighbors) if (partners.size === 0) isolated[helixOf.get(id)!]++;
  const groups = brokerage(neighbors, (id) => helixOf.get(id)!);
  return {
    ...helixFigures({ actors, ties, weightedTies, isolated }, thinShare),
    actorsWithoutHelix,
    brokerage: { byActor: groups.byNode, totals: groups.totals },
  };
}

/** What the helix figures are made of: actors per helix, the tie matrices and the isolated actors per helix. */
export interface HelixCounts {
  actors: Record<Helix, number>;
  ties: HelixMatrix;
  weightedTies: HelixMatrix;
  isolated: Record<Helix, number>;
}

/**
 * The triple-helix figures from the counts, wherever they were counted: over a graph in memory
 * (helixStatistics) or by an aggregating query over a scope too large to read (large-scope.ts).
 */
export function helixFigures(counts: HelixCounts, thinShare = 0.1): Omit<HelixReport, 'actorsWithoutHelix' | 'brokerage'> {
  const { actors, ties, weightedTies, isolated } = counts;
  const internal = helixRecord((h) => ties[h][h]);
  const external = helixRecord((g) => HELICES.reduce((sum, h) => sum + (h === g ? 0 : ties[g][h]), 0));
  let tieCount = 0;
  let totalWeight = 0;
  let crossTies = 0;
  let crossWeight = 0;
  HELICES.forEach((g, i) => {
    HELICES.forEach((h, j) => {
      if (j < i) return;
      tieCount += ties[g][h];
      totalWeight += weightedTies[g][h];
      if (g === h) return;
      crossTies += ties[g][h];
      crossWeight += weightedTies[g][h];
    });
  });
  const actorTotal = HELICES.reduce((sum, h) => sum + actors[h], 0);
  const missing = HELICES.filter((h) => actors[h] === 0);
  // Thin: present, but under `thinShare` of all actors (too few to carry its part of the helix),
  // without a single tie to another helix (present on paper, not in the network), or with more
  // than half of its actors tied to nobody (a list of names rather than a network).
  const thin: ThinHelix[] = [];
  for (const helix of HELICES) {
    if (actors[helix] === 0) continue;
    const share = actors[helix] / actorTotal;
    const reasons: ThinReason[] = [];
    if (share < thinShare) reasons.push('few_actors');
    if (external[helix] === 0) reasons.push('no_cross_helix_tie');
    if (isolated[helix] / actors[helix] > 0.5) reasons.push('mostly_isolated');
    if (reasons.length > 0) thin.push({ helix, actors: actors[helix], share, isolated: isolated[helix], reasons });
  }
  return {
    actors,
    ties,
    weightedTies,
    totals: {
      ties: tieCount,
      weight: totalWeight,
      crossTies,
      crossWeight,
      crossShare: ratio(crossTies, tieCount),
      crossWeightShare: ratio(crossWeight, totalWeight),
    },
    isolated,
    eiIndex: {
      overall: eiIndex(crossTies, tieCount - crossTies),
      byHelix: helixRecord((h) => eiIndex(external[h], internal[h])),
    },
    missing,
    thin,
  };
}

/** Krackhardt & Stern (1988): external minus internal ties over all ties; null without ties. */
export function eiIndex(external: number, internal: number): number | null {
  return ratio(external - internal, external + internal);
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function helixRecord<T>(make: (helix: Helix) => T): Record<Helix, T> {
  return Object.fromEntries(HELICES.map((h) => [h, make(h)])) as Record<Helix, T>;
}
