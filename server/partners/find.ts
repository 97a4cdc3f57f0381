import { REASON_NAMES, type ComponentName, type PartnerAnswer, type Suggestion, type TrainedModel } from '../../contract/index.ts';
import { resolveAsker, type Ask } from './asker.ts';
import { sharedPartners } from './components/proximity.ts';
import { evidenceGraph, evidenceOf } from './evidence.ts';
import { explain } from './explain.ts';
import type { PartnerGraph } from './graph.ts';
import { introducers } from './introducers.ts';
import { componentContributions } from './learned/features.ts';
import type { LogisticModel } from './learned/logistic.ts';
import { servedRanking } from './served.ts';
import { DEFAULT_WEIGHTS, type Weights } from './weights.ts';

const INTRODUCERS = 5;
/** The evidence shows the shared partners the reason names. */
const EVIDENCE_PARTNERS = REASON_NAMES;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The learned ranker as the partner thread gets it: the model, and what to say of it. */
export interface ServedModel {
  model: LogisticModel;
  info: TrainedModel;
}

/**
 * Ranked, explained suggestions with introducers and an evidence graph for each of the best
 * `limit`. Without weights (`undefined`) and with a model, the learned order (served.ts), each
 * suggestion's reasons ordered by the model's contributions; otherwise the weighted ranking.
 */
export function findPartners(g: PartnerGraph, ask: Ask, weights: Partial<Weights> | undefined, limit: number, learned?: ServedModel): PartnerAnswer {
  const asker = resolveAsker(g, ask);
  const model = weights === undefined ? learned : undefined;
  const ranked = servedRanking(g, asker, { model: model?.model, weights });
  const suggestions = ranked.slice(0, limit).map(({ scored: s, score, row }, i): Suggestion => {
    const actor = g.network.getNodeAttributes(s.id);
    // Shared partners strongest first; a hub shares hundreds with another, so the evidence shows the first few.
    const shared = sharedPartners(g, asker, s.id);
    const strongest = introducers(g, asker, s.id, shared.commonPartners, Infinity);
    const byStrength = strongest.map((i) => i.id);
    const trusted = new Set(shared.trusted);
    const evidence = evidenceOf(g, asker, s, byStrength.slice(0, EVIDENCE_PARTNERS));
    return {
      rank: i + 1,
      id: s.id,
      name: actor.name,
      ...(actor.helix ? { helix: actor.helix } : {}),
      ...(actor.kind ? { kind: actor.kind } : {}),
      ...(actor.country ? { country: actor.country } : {}),
      score: round(score),
      components: Object.fromEntries(Object.entries(s.components).map(([k, v]) => [k, round(v)])) as Record<ComponentName, number>,
      reasons: explain(g, asker, s, { commonPartners: byStrength, trusted: byStrength.filter((z) => trusted.has(z)) }, model && row ? componentContributions(model.model, row) : undefined),
      introducers: strongest.slice(0, INTRODUCERS),
      evidence,
      graph: evidenceGraph(g, asker, s.id, evidence),
    };
  });
  return {
    asker: asker.members.map((id) => ({ id, name: g.names.get(id) ?? id })),
    suggestions,
    summary: {
      candidates: ranked.length,
      returned: suggestions.length,
      ranking: model ? 'learned' : 'weights',
      ...(model ? { model: model.info } : {}),
      weights: { ...DEFAULT_WEIGHTS, ...weights },
    },
  };
}
