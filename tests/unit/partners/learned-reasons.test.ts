import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../../contract/index.ts';
import { resolveAsker } from '../../../server/partners/asker.ts';
import { explain } from '../../../server/partners/explain.ts';
import { findPartners } from '../../../server/partners/find.ts';
import { componentContributions, FEATURE_COMPONENT, FEATURES, pairFeatures } from '../../../server/partners/learned/features.ts';
import { contributions, logit, type LogisticModel } from '../../../server/partners/learned/logistic.ts';
import { scoreCandidates } from '../../../server/partners/rank.ts';
import { handGraph } from './fixture.ts';

// A learned suggestion's reasons are ordered by what the model weighed for that pair: the
// features' signed contributions to its logit, summed per component.

/** A model that counts topic overlap for a pair and network closeness against it. */
const model = (weights: Partial<Record<string, number>>): LogisticModel => ({
  features: [...FEATURES],
  means: FEATURES.map(() => 0),
  scales: FEATURES.map(() => 1),
  weights: FEATURES.map((f) => weights[f] ?? 0),
  intercept: 0,
  l2: 0,
});
const info = { trainedAt: '2026-12-07T00:00:00.000Z', splitYears: [2019, 2020], data: { readAt: '2026-12-07T00:00:00.000Z', actors: 6, projects: 1 }, figures: { askers: 1, positives: 1, negatives: 1, trainingAuc: 1 } };

describe('reasons of a learned suggestion', () => {
  it('maps every feature to one of the five components, each as its reasons speak of it', () => {
    for (const f of FEATURES) expect(COMPONENTS, f).toContain(FEATURE_COMPONENT[f]);
    expect([FEATURE_COMPONENT.adamicAdar, FEATURE_COMPONENT.pathLength, FEATURE_COMPONENT.randomWalk, FEATURE_COMPONENT.commonNeighbours]).toEqual(Array(4).fill('proximity'));
    expect([FEATURE_COMPONENT.topicOverlap, FEATURE_COMPONENT.candidateTopicProjects]).toEqual(['topical', 'topical']);
    expect(FEATURES.filter((f) => f.startsWith('helix:')).map((f) => FEATURE_COMPONENT[f])).toEqual(Array(FEATURES.filter((f) => f.startsWith('helix:')).length).fill('complementarity'));
    expect([FEATURE_COMPONENT.candidateRecency, FEATURE_COMPONENT.askerFrequency, FEATURE_COMPONENT.candidateRecentProjects]).toEqual(Array(3).fill('activity'));
    expect([FEATURE_COMPONENT.sameRegion, FEATURE_COMPONENT.sameCountry]).toEqual(['geography', 'geography']);
  });

  it('sums the signed contributions per component: together they are the logit', () => {
    const g = handGraph();
    const asker = resolveAsker(g, { actors: ['Actor:a'] });
    const m = model({ topical: 2, adamicAdar: -1, candidateRecency: 0.5, sameCountry: 1 });
    for (const row of pairFeatures(g, asker, scoreCandidates(g, asker))) {
      const sums = componentContributions(m, row);
      expect(Object.values(sums).reduce((a, b) => a + b, 0)).toBeCloseTo(logit(m, row), 10);
      expect(sums.topical).toBeCloseTo(contributions(m, row)[FEATURES.indexOf('topical')]!, 10);
    }
  });

  it('puts the reasons of the components the model weighed most for the pair first, those that spoke against it last', () => {
    const g = handGraph();
    const asker = resolveAsker(g, { actors: ['Actor:a'] });
    const scored = scoreCandidates(g, asker);
    const shared = { commonPartners: ['Actor:e'], trusted: [] };
    const withReasons = scored.find((s) => explain(g, asker, s, shared).length >= 3)!;
    const byWeights = explain(g, asker, withReasons, shared).map((r) => r.component);
    const components = [...new Set(byWeights)];
    expect(components.length).toBeGreaterThanOrEqual(2);
    // Learned: the component the weights put last counts most, the one they put first against the pair.
    const learned = Object.fromEntries(COMPONENTS.map((c) => [c, 0])) as Record<(typeof COMPONENTS)[number], number>;
    learned[components.at(-1)!] = 3;
    learned[components[0]!] = -2;
    const ordered = explain(g, asker, withReasons, shared, learned).map((r) => r.component);
    expect(ordered[0]).toBe(components.at(-1));
    expect(ordered.at(-1)).toBe(components[0]);
    // The same reasons, in the learned order.
    expect([...ordered].sort()).toEqual([...byWeights].sort());
  });

  it('orders each suggestion of a learned answer by the model: with topics for and closeness against, topical reasons come before proximity', () => {
    const g = handGraph();
    const m = { model: model({ topical: 5, topicOverlap: 5, proximity: -5, adamicAdar: -5 }), info };
    const learned = findPartners(g, { actors: ['Actor:a'] }, undefined, 10, m);
    const weighted = findPartners(g, { actors: ['Actor:a'] }, undefined, 10);
    expect(learned.summary).toMatchObject({ ranking: 'learned', model: info });
    expect(weighted.summary.ranking).toBe('weights');
    let checked = 0;
    for (const s of learned.suggestions) {
      const codes = s.reasons.map((r) => r.component);
      if (!codes.includes('topical') || !codes.includes('proximity')) continue;
      checked++;
      expect(codes.indexOf('topical'), s.id).toBeLessThan(codes.indexOf('proximity'));
      // By the weights, proximity (weight 1) speaks first.
      const before = weighted.suggestions.find((w) => w.id === s.id)!.reasons.map((r) => r.component);
      expect(before.indexOf('proximity')).toBeLessThan(before.indexOf('topical'));
      // Components as the weighted scoring gives them.
      expect(s.components).toEqual(weighted.suggestions.find((w) => w.id === s.id)!.components);
    }
    expect(checked).toBeGreaterThan(0);
  });
});
