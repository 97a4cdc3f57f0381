import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS as VIEW_DEFAULTS } from '../../../client/src/views/partners/types.ts';
import { DEFAULT_WEIGHTS as CONTRACT_DEFAULTS } from '../../../contract/index.ts';
import { evaluate } from '../../../server/partners/eval/evaluate.ts';
import { temporalSplit } from '../../../server/partners/eval/temporal.ts';
import type { Cordis } from '../../../server/partners/eval/cordis.ts';
import { buildPartnerGraph, DEFAULT_WEIGHTS, findPartners, resolveAsker } from '../../../server/partners/index.ts';
import { trainRanker } from '../../../server/partners/learned/train.ts';
import { answer } from '../../../server/partners/partner-jobs.ts';
import { servedRanking } from '../../../server/partners/served.ts';
import { handGraph } from './fixture.ts';

// Served = evaluated: the ranking users get without choosing weights is the one whose figures the
// README reports as `served`: the learned ranker once it is trained, scored through one function
// (server/partners/served.ts) by the API and the evaluation. Changing what the API serves by
// default without the evaluation, or the defaults without measuring them again, fails here.

const committed = JSON.parse(readFileSync(new URL('../../../bench/results/partners-eval.json', import.meta.url), 'utf8')) as {
  runs: { setup: { servedWeights: unknown; served?: string }; methods: Record<string, unknown> }[];
};
const results = committed.runs[0]!;

/** Two groups that keep working together, 2015–2020, and meet from 2017 on. */
function twoGroups(): Cordis {
  const organisations = new Map<string, Cordis['organisations'] extends Map<string, infer O> ? O : never>();
  for (let i = 0; i < 12; i++) organisations.set(`o${i}`, { id: `o${i}`, name: `Org ${i}`, helix: i % 2 ? 'academia' : 'industry', country: 'BE' });
  const projects: Cordis['projects'] = [];
  for (let year = 2014; year <= 2020; year++) {
    for (const base of [0, 6]) {
      const members = [0, 1, 2, 3].map((k) => `o${base + ((k + year) % 6)}`);
      // from 2017 on, one member of the other group joins: new partnerships to learn from and to find
      if (year >= 2017) members.push(`o${(base + 6 + (year % 6)) % 12}`);
      projects.push({ rcn: `${year}-${base}`, year, parts: [base ? 'SC1' : 'LEIT'], members });
    }
  }
  return { organisations, projects };
}

describe('served and evaluated ranking', () => {
  it('the API, the view and the evaluation share one set of default weights, and the evaluation says it serves the learned ranker', () => {
    expect(VIEW_DEFAULTS).toBe(CONTRACT_DEFAULTS);
    expect(DEFAULT_WEIGHTS).toBe(CONTRACT_DEFAULTS);
    const evaluation = evaluate(twoGroups(), { cutoff: 2019, sample: 10, seed: 1 });
    expect(evaluation.setup.servedWeights).toBe(DEFAULT_WEIGHTS);
    expect(evaluation.setup.served).toBe('learned');
    // The served row is the learned ranker's, the weights row the weighted ranking's.
    expect(evaluation.methods.served).toEqual(evaluation.methods.learned);
    expect(evaluation.methods.weights).toBeDefined();
  });

  it('a request by actor without weights, answered as the partner thread answers it, is in the order of the evaluation’s served ranking', () => {
    const cordis = twoGroups();
    const { train } = temporalSplit(cordis, 2019);
    const ranker = trainRanker(train, { seed: 1 })!;
    expect(ranker).toBeDefined();
    const g = buildPartnerGraph(train);
    const info = { trainedAt: ranker.trainedAt, splitYears: ranker.splitYears, data: { readAt: ranker.trainedAt, actors: train.actors.length, projects: train.projects.length }, figures: ranker.figures };
    for (const id of ['Actor:o0', 'Actor:o7']) {
      const reply = answer(g, { actor: id, limit: 100 }, { model: ranker.model, info });
      if (reply.kind !== 'answer') throw new Error(reply.kind);
      expect(reply.answer.summary.ranking).toBe('learned');
      const evaluated = servedRanking(g, resolveAsker(g, { actors: [id] }), { model: ranker.model });
      expect(reply.answer.suggestions.map((s) => [s.id, s.score])).toEqual(evaluated.slice(0, 100).map((r) => [r.scored.id, r.score]));
      // With weights, the weighted ranking: the evaluation's weights row.
      const weighted = answer(g, { actor: id, limit: 100, weights: DEFAULT_WEIGHTS }, { model: ranker.model, info });
      if (weighted.kind !== 'answer') throw new Error(weighted.kind);
      expect(weighted.answer.summary.ranking).toBe('weights');
      expect(weighted.answer.suggestions.map((s) => s.id)).toEqual(servedRanking(g, resolveAsker(g, { actors: [id] }), { weights: DEFAULT_WEIGHTS }).slice(0, 100).map((r) => r.scored.id));
    }
  });

  it('the committed evaluation figures were measured with the weights served today, with figures for the served configuration', () => {
    expect(committed.runs.length).toBeGreaterThan(0);
    for (const run of committed.runs) {
      expect(run.setup.servedWeights).toEqual(DEFAULT_WEIGHTS);
      // Runs from before the learned ranker was served name no `served` configuration: their
      // `learned` row was measured exactly as `served` is now (bench/README.md, partners-eval).
      expect(run.methods[run.setup.served === 'learned' ? 'served' : 'learned']).toBeDefined();
    }
  });

  it('a request without weights and without a trained model is ranked, and says it is ranked, with the evaluated weights', () => {
    const g = handGraph();
    const plain = findPartners(g, { actors: ['Actor:a'] }, undefined, 10);
    const explicit = findPartners(g, { actors: ['Actor:a'] }, { ...(results.setup.servedWeights as object) }, 10);
    expect(plain.summary.ranking).toBe('weights');
    expect(plain.summary.weights).toEqual(results.setup.servedWeights);
    expect(plain.suggestions.map((s) => [s.id, s.score])).toEqual(explicit.suggestions.map((s) => [s.id, s.score]));
  });
});
