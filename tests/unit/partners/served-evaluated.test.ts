import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS as VIEW_DEFAULTS } from '../../../client/src/views/partners/types.ts';
import { DEFAULT_WEIGHTS as CONTRACT_DEFAULTS } from '../../../contract/index.ts';
import { evaluate } from '../../../server/partners/eval/evaluate.ts';
import type { Cordis } from '../../../server/partners/eval/cordis.ts';
import { DEFAULT_WEIGHTS, findPartners } from '../../../server/partners/index.ts';
import { handGraph } from './fixture.ts';

// Served = evaluated: the ranking users get without choosing weights is the one whose figures the
// README reports. Changing the defaults without measuring them again fails here.

const committed = JSON.parse(readFileSync(new URL('../../../bench/results/partners-eval.json', import.meta.url), 'utf8')) as {
  runs: { setup: { servedWeights: unknown }; methods: Record<string, unknown> }[];
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
  it('the API, the view and the evaluation share one set of default weights', () => {
    expect(VIEW_DEFAULTS).toBe(CONTRACT_DEFAULTS);
    expect(DEFAULT_WEIGHTS).toBe(CONTRACT_DEFAULTS);
    const evaluation = evaluate(twoGroups(), { cutoff: 2019, sample: 10, seed: 1 });
    expect(evaluation.setup.servedWeights).toBe(DEFAULT_WEIGHTS);
    expect(evaluation.methods.served).toBeDefined();
  });

  it('the committed evaluation figures were measured with the weights served today', () => {
    expect(committed.runs.length).toBeGreaterThan(0);
    for (const run of committed.runs) {
      expect(run.methods.served).toBeDefined();
      expect(run.setup.servedWeights).toEqual(DEFAULT_WEIGHTS);
    }
  });

  it('a request without weights is ranked, and says it is ranked, with the evaluated weights', () => {
    const g = handGraph();
    const plain = findPartners(g, { actors: ['Actor:a'] }, {}, 10);
    const explicit = findPartners(g, { actors: ['Actor:a'] }, { ...results.setup.servedWeights as object }, 10);
    expect(plain.summary.weights).toEqual(results.setup.servedWeights);
    expect(plain.suggestions.map((s) => [s.id, s.score])).toEqual(explicit.suggestions.map((s) => [s.id, s.score]));
  });
});
