import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../server/analytics/random.ts';
import { resolveAsker } from '../../../server/partners/asker.ts';
import { FEATURES, pairFeatures } from '../../../server/partners/learned/features.ts';
import { contributions, fitLogistic, logit, probability } from '../../../server/partners/learned/logistic.ts';
import { historySplit, trainRanker } from '../../../server/partners/learned/train.ts';
import { buildPartnerGraph, scoreCandidates } from '../../../server/partners/index.ts';
import { history } from './fixture.ts';

describe('regularised logistic regression', () => {
  // y = 1 mostly when `signal` is high; `noise` carries nothing.
  const random = seededRandom(5);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 400; i++) {
    const signal = random() * 10;
    const noise = random() * 100;
    rows.push([signal, noise]);
    labels.push(random() < 1 / (1 + Math.exp(-(signal - 5))) ? 1 : 0);
  }
  const model = fitLogistic(['signal', 'noise'], rows, labels, { l2: 1e-3 });

  it('gives a feature that separates the classes a positive weight, and one that does not next to none', () => {
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(model.weights[0]! / 5);
    expect(probability(model, [9, 50])).toBeGreaterThan(0.9);
    expect(probability(model, [1, 50])).toBeLessThan(0.1);
  });

  it('splits each score into signed contributions that sum, with the intercept, to the logit', () => {
    for (const row of [rows[0]!, [9, 3], [0.5, 99]]) {
      const parts = contributions(model, row);
      expect(parts.reduce((a, b) => a + b, model.intercept)).toBeCloseTo(logit(model, row), 10);
    }
    expect(contributions(model, [9, 50])[0]).toBeGreaterThan(0);
    expect(contributions(model, [1, 50])[0]).toBeLessThan(0);
  });

  it('shrinks the weights as the penalty grows', () => {
    const strong = fitLogistic(['signal', 'noise'], rows, labels, { l2: 1 });
    expect(Math.abs(strong.weights[0]!)).toBeLessThan(Math.abs(model.weights[0]!));
  });
});

describe('the learned ranker', () => {
  it('splits the history at a year: the graph before it, and the pairs that first meet from it on', () => {
    const { before, newPairs } = historySplit(history(), 2017);
    expect(before.projects.every((p) => p.year! < 2017)).toBe(true);
    for (const [a, partners] of newPairs) {
      for (const b of partners) expect(before.projects.some((p) => p.members.includes(a) && p.members.includes(b))).toBe(false);
    }
    expect(newPairs.size).toBeGreaterThan(0);
  });

  it('learns from the graph’s own history, and ranks the pairs that met later above the rest', () => {
    const data = history();
    const ranker = trainRanker(data, { splitYear: 2017, askers: 50 })!;
    expect(ranker.splitYear).toBe(2017);
    expect(ranker.model.features).toEqual([...FEATURES]);
    expect(ranker.figures.positives).toBeGreaterThan(0);
    expect(ranker.figures.trainingAuc).toBeGreaterThan(0.6);
    expect(Date.parse(ranker.trainedAt)).not.toBeNaN();
    // Proximity-type features are what tells the new pairs: weighted up, not down.
    expect(ranker.model.weights[FEATURES.indexOf('commonNeighbours')]).toBeGreaterThan(0);
    const g = buildPartnerGraph(data);
    const asker = resolveAsker(g, { actors: ['Actor:o0'] });
    const scored = scoreCandidates(g, asker, {});
    const rows = pairFeatures(g, asker, scored);
    const parts = rows.map((r) => contributions(ranker.model, r));
    rows.forEach((r, i) => expect(parts[i]!.reduce((a, b) => a + b, ranker.model.intercept)).toBeCloseTo(logit(ranker.model, r), 8));
  });

  it('by default learns from two splits, the year before the latest and the latest: more pairs than either alone', () => {
    const data = history();
    const both = trainRanker(data, { askers: 50 })!;
    expect(both.splitYears).toEqual([2019, 2020]);
    expect(both.splitYear).toBe(2019);
    const earlier = trainRanker(data, { splitYear: 2019, askers: 50 })!;
    const later = trainRanker(data, { splitYear: 2020, askers: 50 })!;
    expect(earlier.splitYears).toEqual([2019]);
    expect(both.figures.positives).toBe(earlier.figures.positives + later.figures.positives);
    expect(both.figures.askers).toBe(earlier.figures.askers + later.figures.askers);
  });
});
