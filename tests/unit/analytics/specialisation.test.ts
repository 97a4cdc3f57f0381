import { describe, expect, it } from 'vitest';
import { locationQuotient, shiftShare, specialisation } from '../../../server/analytics/specialisation.ts';

// A 2 × 3 table worked by hand: regions R1, R2; categories A, B, C; periods a and b.
//            period a            period b
//          A    B    C   sum    A    B    C   sum
//   R1    10   20   30    60   12   20   40    72
//   R2    30   20   10    60   30   30   18    78
//   all   40   40   40   120   42   50   58   150
const r1a = { A: 10, B: 20, C: 30 };
const r2a = { A: 30, B: 20, C: 10 };
const alla = { A: 40, B: 40, C: 40 };
const r1b = { A: 12, B: 20, C: 40 };
const allb = { A: 42, B: 50, C: 58 };

describe('location quotients', () => {
  it('divides the region share by the reference share', () => {
    // R1, A: (10 / 60) / (40 / 120) = (1/6) / (1/3) = 0.5; C: (30/60)/(1/3) = 1.5; B: 1.
    const s = specialisation(r1a, alla);
    expect(s.total).toBe(60);
    expect(s.referenceTotal).toBe(120);
    expect(s.categories.map((c) => [c.category, c.lq])).toEqual([
      ['C', 1.5],
      ['B', 1],
      ['A', 0.5],
    ]);
    expect(s.categories[0]).toMatchObject({ value: 30, share: 0.5, referenceValue: 40, referenceShare: 1 / 3 });
  });

  it('mirrors for the other region and against a reference of one region', () => {
    expect(specialisation(r2a, alla).categories.map((c) => c.lq)).toEqual([1.5, 1, 0.5]);
    // R1 against R2 alone: A (10/60)/(30/60) = 1/3, C 3.
    const lq = Object.fromEntries(specialisation(r1a, r2a).categories.map((c) => [c.category, c.lq]));
    expect(lq.A).toBeCloseTo(1 / 3, 12);
    expect(lq.C).toBeCloseTo(3, 12);
  });

  it('is undefined where the reference lacks the category or the region has nothing', () => {
    expect(locationQuotient(5, 10, 0, 100)).toBeNull();
    expect(locationQuotient(0, 0, 5, 100)).toBeNull();
    const s = specialisation({ A: 5, D: 5 }, { A: 10 });
    expect(s.categories.find((c) => c.category === 'D')?.lq).toBeNull();
    expect(s.categories.at(-1)?.category).toBe('D');
  });
});

describe('shift-share (Dunn 1960) with the Esteban-Marquillas split', () => {
  const ss = shiftShare(r1a, r1b, alla, allb);
  const row = (c: string) => ss.categories.find((r) => r.category === c)!;

  it('splits each change into national share, category mix and regional shift', () => {
    // g = 150/120 − 1 = 0.25.
    expect(ss.referenceGrowth).toBe(0.25);
    // A: NS 10·0.25 = 2.5; g_A = 0.05, IM 10·(0.05 − 0.25) = −2; r_A = 0.2, RS 10·(0.2 − 0.05) = 1.5.
    expect(row('A').change).toBe(2);
    expect(row('A').nationalShare).toBeCloseTo(2.5, 12);
    expect(row('A').categoryMix).toBeCloseTo(-2, 12);
    expect(row('A').regionalShift).toBeCloseTo(1.5, 12);
    // B: NS 5, g_B = 0.25 so IM 0, r_B = 0 so RS 20·(0 − 0.25) = −5.
    expect(row('B').nationalShare).toBeCloseTo(5, 12);
    expect(row('B').categoryMix).toBeCloseTo(0, 12);
    expect(row('B').regionalShift).toBeCloseTo(-5, 12);
    // C: NS 7.5, g_C = 0.45 so IM 30·0.2 = 6, r_C = 1/3 so RS 30·(1/3 − 0.45) = −3.5.
    expect(row('C').nationalShare).toBeCloseTo(7.5, 12);
    expect(row('C').categoryMix).toBeCloseTo(6, 12);
    expect(row('C').regionalShift).toBeCloseTo(-3.5, 12);
    expect(ss.categories.map((r) => r.category)).toEqual(['A', 'C', 'B']);
  });

  it('adds up to the total change of the region', () => {
    expect(ss.totals.change).toBe(12);
    expect(ss.totals.nationalShare).toBeCloseTo(15, 12);
    expect(ss.totals.categoryMix).toBeCloseTo(4, 12);
    expect(ss.totals.regionalShift).toBeCloseTo(-7, 12);
  });

  it('splits the regional shift into competitive and allocation effects', () => {
    // A: homothetic x̂ = 60·40/120 = 20; competitive 20·0.15 = 3; allocation (10 − 20)·0.15 = −1.5.
    expect(row('A').competitive).toBeCloseTo(3, 12);
    expect(row('A').allocation).toBeCloseTo(-1.5, 12);
  });

  it('puts a category new to the region wholly in the regional shift', () => {
    const s = shiftShare({ A: 10 }, { A: 10, B: 4 }, { A: 20, B: 20 }, { A: 20, B: 20 });
    expect(s.categories.find((r) => r.category === 'B')).toMatchObject({ change: 4, nationalShare: 0, categoryMix: 0, regionalShift: 4 });
  });
});
