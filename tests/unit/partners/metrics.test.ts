import { describe, expect, it } from 'vitest';
import { averagePrecision, precisionAt, recallAt, rocAuc } from '../../../server/partners/eval/metrics.ts';

const order = ['a', 'b', 'c', 'd'];
const relevant = new Set(['a', 'c']);

describe('ranking metrics', () => {
  it('precision@k and recall@k count the hits among the first k', () => {
    expect(precisionAt(order, relevant, 2)).toBe(0.5);
    expect(precisionAt(order, relevant, 10)).toBe(0.2);
    expect(recallAt(order, relevant, 2)).toBe(0.5);
    expect(recallAt(order, relevant, 3)).toBe(1);
  });

  it('average precision averages the precision at each hit', () => {
    expect(averagePrecision(order, relevant)).toBeCloseTo((1 + 2 / 3) / 2, 12);
    expect(averagePrecision(['c', 'a', 'b', 'd'], relevant)).toBe(1);
  });

  it('ROC AUC is the share of relevant–other pairs ordered right, ties counting half', () => {
    expect(rocAuc(new Map([['a', 4], ['b', 3], ['c', 2], ['d', 1]]), relevant)).toBe(0.75);
    expect(rocAuc(new Map([['a', 1], ['b', 1], ['c', 1], ['d', 1]]), relevant)).toBe(0.5);
    expect(rocAuc(new Map([['a', 2], ['b', 0], ['c', 1], ['d', 0]]), relevant)).toBe(1);
  });
});
