import { describe, expect, it } from 'vitest';
import { resolveAsker } from '../../../server/partners/asker.ts';
import { buildPartnerGraph, scoreCandidates, type PartnerData } from '../../../server/partners/index.ts';
import { emptyPartnerData } from '../../../server/partners/data.ts';
import { FEATURES } from '../../../server/partners/learned/features.ts';
import { RESTART, walkContext, walks } from '../../../server/partners/learned/walks.ts';
import { RERANKED, rerank } from '../../../server/partners/learned/train.ts';
import type { LogisticModel } from '../../../server/partners/learned/logistic.ts';

/** a –(2018)– z, z –(2020, twice)– c, c –(2020)– y: every figure below is worked out by hand. */
const data: PartnerData = {
  ...emptyPartnerData(),
  actors: ['a', 'z', 'c', 'y'].map((k) => ({ id: `Actor:${k}`, name: k.toUpperCase() })),
  projects: [
    { id: 'Project:1', name: '1', year: 2018, members: ['Actor:a', 'Actor:z'], topics: ['Programme:LEIT'] },
    { id: 'Project:2', name: '2', year: 2020, members: ['Actor:z', 'Actor:c'], topics: ['Programme:LEIT'] },
    { id: 'Project:3', name: '3', year: 2020, members: ['Actor:z', 'Actor:c'], topics: ['Programme:SC1'] },
    { id: 'Project:4', name: '4', year: 2020, members: ['Actor:c', 'Actor:y'], topics: ['Programme:LEIT'] },
  ],
  topics: [{ id: 'Programme:LEIT', name: 'LEIT' }, { id: 'Programme:SC1', name: 'SC1' }],
};

describe('link-prediction walks for the learned ranker', () => {
  const g = buildPartnerGraph(data);
  const at = (xs: Float64Array, id: string) => xs[g.ties.index.get(`Actor:${id}`)!]!;
  const w = walks(g, resolveAsker(g, { actors: ['Actor:a'] }));

  it('counts paths of length 3 (walks a–z–a–z, a–z–c–z, a–z–c–y)', () => {
    expect(at(w.paths3, 'z')).toBe(2);
    expect(at(w.paths3, 'y')).toBe(1);
    expect(at(w.paths3, 'c')).toBe(0);
  });

  it('weighs the common partner z by the age of both ties, by tie strength and by repeated work', () => {
    // 0.5^((2020 − 2018) / 2) · 0.5^0 / ln deg z, deg z = 2
    expect(at(w.recentCommon, 'c')).toBeCloseTo(0.5 / Math.log(2), 10);
    // strength(a,z) = 1, strength(z,c) = 2 (two projects of two), strength(z) = 3
    expect(at(w.strengthAllocation, 'c')).toBeCloseTo(2 / 3, 10);
    expect(at(w.strengthAdamicAdar, 'c')).toBeCloseTo(2 / Math.log(2), 10);
    // z worked twice with c but once with a: repeated on one side only
    expect(at(w.repeatedBoth, 'c')).toBe(0);
    expect(at(w.repeatedEither, 'c')).toBeCloseTo(1 / Math.log(2), 10);
    expect(at(w.recentCommon, 'y')).toBe(0);
  });

  it('walks with restart: the asker keeps at least the restart share, nearer actors get more', () => {
    expect(at(w.walk, 'a')).toBeGreaterThanOrEqual(RESTART);
    expect(at(w.walk, 'c')).toBeGreaterThan(at(w.walk, 'y'));
    expect(at(w.walk, 'y')).toBeGreaterThan(0);
    expect([...w.walk].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
  });

  it('counts each actor’s recent partners, partners first met in the last two years, and recent projects per topic', () => {
    const ctx = walkContext(g);
    expect(['a', 'z', 'c', 'y'].map((k) => at(ctx.recentPartners, k))).toEqual([0, 1, 2, 1]);
    expect(['a', 'z', 'c', 'y'].map((k) => at(ctx.newPartners, k))).toEqual([0, 1, 2, 1]);
    expect(Object.fromEntries(ctx.recentTopics.get('Actor:c')!)).toEqual({ 'Programme:LEIT': 2, 'Programme:SC1': 1 });
  });

  it('reorders the served ranking’s first candidates by the model and keeps every candidate once', () => {
    const asker = resolveAsker(g, { actors: ['Actor:y'] });
    const scored = scoreCandidates(g, asker, {});
    const order = rerank(g, asker, degreeModel, scored);
    expect(scored.length).toBeLessThan(RERANKED);
    // Two candidates: their rank sums are equal or the model agrees with the served order; either way the model's choice leads.
    expect(order.map((r) => r.scored.id)).toEqual(['Actor:z', 'Actor:a']);
    expect(order[0]!.logit).toBeCloseTo(Math.log1p(2), 10);
    expect(order[0]!.score).toBeGreaterThan(order[1]!.score);
  });
});

/** A model that only looks at the candidate's degree: the busier, the better. */
const degreeWeights = FEATURES.map((f) => (f === 'candidateDegree' ? 1 : 0));
const degreeModel: LogisticModel = { features: [...FEATURES], means: degreeWeights.map(() => 0), scales: degreeWeights.map(() => 1), weights: degreeWeights, intercept: 0, l2: 0 };

describe('the learned order blends the model’s ranks with the served ones', () => {
  // a–b, b–c, c–d, c–f, d–e: c has 3 partners, d 2, e 1.
  const pairs = [['a', 'b'], ['b', 'c'], ['c', 'd'], ['c', 'f'], ['d', 'e']];
  const g = buildPartnerGraph({
    ...emptyPartnerData(),
    actors: ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => ({ id: `Actor:${k}`, name: k.toUpperCase() })),
    projects: pairs.map(([x, y], i) => ({ id: `Project:${i}`, name: String(i), year: 2018, members: [`Actor:${x}`, `Actor:${y}`], topics: [] })),
  });
  const asker = resolveAsker(g, { actors: ['Actor:a'] });
  const byId = new Map(scoreCandidates(g, asker, {}).map((s) => [s.id, s]));

  it('puts first the candidate both rank high, and lifts the served first above one only the model likes a little', () => {
    // Served order e, c, d (ranks 0, 1, 2); the model's c, d, e (0, 1, 2): rank sums c 1, e 2, d 3.
    const served = ['e', 'c', 'd'].map((k) => byId.get(`Actor:${k}`)!);
    const order = rerank(g, asker, degreeModel, served);
    expect(order.map((r) => r.scored.id)).toEqual(['Actor:c', 'Actor:e', 'Actor:d']);
    expect(order.map((r) => r.score)).toEqual([3, 2, 1]);
    // The model alone would have put d above e.
    expect(order.find((r) => r.scored.id === 'Actor:d')!.logit).toBeGreaterThan(order.find((r) => r.scored.id === 'Actor:e')!.logit!);
  });
});
