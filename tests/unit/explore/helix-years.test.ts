import { describe, expect, it } from 'vitest';
import { helixYearsSchema } from '../../../contract/index.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import type { QueryRef, Reader, Row } from '../../../server/db/rows.ts';
import { helixYears, yearFigures } from '../../../server/explore/helix-years.ts';

// The small multiples' figures from the counts the grouped query gives, and the way back to one
// query a year when all years at once need more memory than Neo4j allows a transaction.

const counts = (year: number) => ({ year, actors: year - 2000, ties: [{ a: 'academia', b: 'industry', ties: 2 }, { a: 'industry', b: 'industry', ties: 1 }] });

/** A database answering scope-years from `counts`, refusing more than `maxYears` years at once as Neo4j does. */
function fakeDb(maxYears: number) {
  const asked: number[][] = [];
  const reader: Reader = {
    rows: <T extends object = Row>(q: QueryRef, params: Row = {}) => {
      expect(q).toEqual({ name: 'scope-years', scope: 'all', yearly: true });
      const years = (params.years as { toNumber(): number }[]).map((y) => y.toNumber());
      asked.push(years);
      if (years.length > maxYears) return Promise.reject(Object.assign(new Error('memory'), { code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' }));
      return Promise.resolve(years.filter((y) => y !== 2016).map(counts) as T[]);
    },
  };
  const db = { reading: <T>(work: (read: Reader) => Promise<T>) => work(reader) } as unknown as GraphDb;
  return { db, asked };
}

describe('helix figures year by year', () => {
  it('counts a cross-helix tie in both cells of the matrix, once in the totals', () => {
    const y = yearFigures(counts(2015));
    expect(y).toMatchObject({ year: 2015, actors: 15, ties: 3, crossTies: 2, crossShare: 2 / 3, ei: (2 - 1) / 3 });
    expect(y.matrix.academia.industry).toBe(2);
    expect(y.matrix.industry.academia).toBe(2);
    expect(y.matrix.industry.industry).toBe(1);
    expect(yearFigures({ year: 2015, actors: 0, ties: [] })).toMatchObject({ ties: 0, crossShare: null, ei: null });
  });

  it('asks once for all years, and gives a year without actors as zeros', async () => {
    const { db, asked } = fakeDb(10);
    const series = await helixYears(db, 'all', undefined, { period: { from: 2015, to: 2017 } });
    expect(asked).toEqual([[2015, 2016, 2017]]);
    expect(series.years.map((y) => [y.year, y.actors, y.ties])).toEqual([
      [2015, 15, 3],
      [2016, 0, 0],
      [2017, 17, 3],
    ]);
    expect(series.period).toEqual({ from: 2015, to: 2017, undated: 'show' });
    // The answer as the contract describes it.
    expect(helixYearsSchema.strict().parse(series)).toEqual(series);
  });

  it('asks one year at a time when all years at once hit the memory limit, with the same answer', async () => {
    const { db, asked } = fakeDb(1);
    const series = await helixYears(db, 'all', undefined, { period: { from: 2015, to: 2017 }, undated: 'hide' });
    expect(asked).toEqual([[2015, 2016, 2017], [2015], [2016], [2017]]);
    const once = await helixYears(fakeDb(10).db, 'all', undefined, { period: { from: 2015, to: 2017 }, undated: 'hide' });
    expect(series).toEqual(once);
  });
});
