import { describe, expect, it } from 'vitest';
import { cellsOf, decompose, eightCells, entropyBits, presenceSynergy, synergyOf, type SynergyCell } from '../../../server/analytics/synergy.ts';

// Worked examples of T(UIG) (Leydesdorff 2003) whose values follow by hand from
// T = H(U) + H(I) + H(G) − H(UI) − H(UG) − H(IG) + H(UIG), entropies in bits.

const bits = (...v: number[]) => v.map(String) as unknown as [string, string, string];

describe('entropy in bits', () => {
  it('is 1 bit for a fair coin, 2 bits for four equal outcomes, 0 for one outcome or none', () => {
    expect(entropyBits([5, 5])).toBeCloseTo(1, 12);
    expect(entropyBits([1, 1, 1, 1])).toBeCloseTo(2, 12);
    expect(entropyBits([7])).toBe(0);
    expect(entropyBits([])).toBe(0);
    expect(entropyBits([0, 3, 0])).toBe(0);
  });
  it('refuses negative counts', () => {
    expect(() => entropyBits([1, -1])).toThrow(/≥ 0/);
  });
});

describe('T over three attributes', () => {
  it('XOR data (Z = X ⊕ Y, uniform) gives −1 bit: every pair is independent, all three are determined by two', () => {
    const s = synergyOf(cellsOf([bits(0, 0, 0), bits(0, 1, 1), bits(1, 0, 1), bits(1, 1, 0)]));
    expect(s.t).toBeCloseTo(-1, 12);
    expect(s.mutual).toEqual({ ab: 0, ac: 0, bc: 0 });
    expect(s.n).toBe(4);
  });

  it('three identical binary variables give +1 bit', () => {
    const s = synergyOf(cellsOf([bits(0, 0, 0), bits(1, 1, 1), bits(0, 0, 0), bits(1, 1, 1)]));
    expect(s.t).toBeCloseTo(1, 12);
    expect(s.mutual.ab).toBeCloseTo(1, 12);
  });

  it('independent variables (all eight cells equal) give 0', () => {
    const cells = eightCells([]).map((c) => ({ ...c, n: 3 }));
    const s = presenceSynergy(cells);
    expect(s.t).toBe(0);
    expect(s.n).toBe(24);
    expect(s.entropies.abc).toBeCloseTo(3, 12);
  });

  it('a hand-computed eight-cell table', () => {
    // Cells (U I G): 000:2 001:0 010:1 011:1 100:0 101:1 110:1 111:2, N = 8.
    // Marginals: U 4/4 → 1; I 3/5 → 0.954434; G 4/4 → 1;
    // UI 2,2,1,3 → 1.905639; UG 3,1,1,3 → 1.811278; IG 2,1,2,3 → 1.905639; UIG 2,1,1,1,1,2 → 2.5.
    // T = 1 + 0.954434 + 1 − 1.905639 − 1.811278 − 1.905639 + 2.5 = −0.168122 bits.
    const counts = [2, 0, 1, 1, 0, 1, 1, 2];
    const s = presenceSynergy(counts.map((n, k) => ({ present: [(k & 4) > 0, (k & 2) > 0, (k & 1) > 0] as const, n })));
    expect(s.entropies.b).toBeCloseTo(0.954434, 6);
    expect(s.entropies.ab).toBeCloseTo(1.905639, 6);
    expect(s.entropies.ac).toBeCloseTo(1.811278, 6);
    expect(s.entropies.abc).toBeCloseTo(2.5, 12);
    expect(s.t).toBeCloseTo(-0.168122, 6);
    // T_UI = H_U + H_I − H_UI = 1 + 0.954434 − 1.905639.
    expect(s.mutual.ab).toBeCloseTo(0.048795, 6);
    expect(s.eight.map((c) => c.n)).toEqual(counts);
    expect(s.n).toBe(8);
  });

  it('reads any three categorical attributes, with several values and fractional weights', () => {
    // Region × sector × helix: equal values merge, so splitting a record in halves changes nothing.
    const whole = synergyOf(cellsOf([bits(0, 0, 0), bits(0, 1, 1), bits(1, 0, 1), bits(1, 1, 0)]));
    const split = synergyOf([
      { values: ['0', '0', '0'], n: 0.5 },
      { values: ['0', '0', '0'], n: 0.5 },
      { values: ['0', '1', '1'], n: 1 },
      { values: ['1', '0', '1'], n: 1 },
      { values: ['1', '1', '0'], n: 1 },
    ]);
    expect(split.t).toBeCloseTo(whole.t, 12);
    const three = synergyOf(cellsOf([['Antwerp', 'chemistry', 'industry'], ['Antwerp', 'chemistry', 'academia'], ['Ghent', 'biotech', 'academia'], ['Ghent', 'biotech', 'industry']]));
    // Region determines sector (T_ab = 1 bit), helix is independent of both: T = 1 + 1 + 1 − 1 − 2 − 2 + 2 = 0.
    expect(three.mutual.ab).toBeCloseTo(1, 12);
    expect(three.t).toBeCloseTo(0, 12);
    expect(three.cells).toHaveLength(4);
  });

  it('has no records and no synergy on an empty table', () => {
    const s = presenceSynergy([]);
    expect(s).toMatchObject({ n: 0, t: 0 });
    expect(s.eight).toHaveLength(8);
  });
});

describe('regional contributions ΔT (Leydesdorff & Strand 2013)', () => {
  const xor: SynergyCell[] = cellsOf([bits(0, 0, 0), bits(0, 1, 1), bits(1, 0, 1), bits(1, 1, 0)]);
  const allThree: SynergyCell[] = [{ values: bits(1, 1, 1), n: 4 }];

  it('weighs each sub-region by its share of the records, and the rest is between them', () => {
    const whole = synergyOf([...xor, ...allThree]);
    // Whole: 000:1 011:1 101:1 110:1 111:4; T = 3·H(2,6) − 3·H(1,1,1,5) + H(1,1,1,1,4) = −0.212550 bits.
    expect(whole.t).toBeCloseTo(-0.21255, 5);
    const d = decompose(whole, new Map([['A', allThree], ['B', xor]]));
    expect(d.groups).toEqual([
      { group: 'A', n: 4, t: 0, deltaT: 0 },
      { group: 'B', n: 4, t: expect.closeTo(-1, 12) as number, deltaT: expect.closeTo(-0.5, 12) as number },
    ]);
    expect(d.sumOfContributions).toBeCloseTo(-0.5, 12);
    expect(d.between).toBeCloseTo(whole.t + 0.5, 12);
    expect(d.sumOfContributions + d.between).toBeCloseTo(whole.t, 12);
  });

  it('leaves nothing between sub-regions that are alike', () => {
    const whole = synergyOf([...xor, ...xor, ...xor]);
    const d = decompose(whole, new Map([['A', xor], ['B', xor], ['C', xor]]));
    for (const g of d.groups) expect(g.deltaT).toBeCloseTo(-1 / 3, 12);
    expect(d.sumOfContributions).toBeCloseTo(whole.t, 12);
    expect(d.between).toBe(0);
  });
});
