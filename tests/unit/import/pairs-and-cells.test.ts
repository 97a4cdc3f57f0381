import { describe, expect, it } from 'vitest';
import { cellCoercer } from '../../../server/importer/coerce.ts';
import { EARLIER_PAIRS_CHUNK, coParticipation, type Pair } from '../../../server/importer/cordis/pairs.ts';
import { rowShape } from '../../../server/importer/rows.ts';
import { targetOf } from '../../../server/importer/targets.ts';

const all = async (pass: AsyncIterable<Pair>) => {
  const out: Pair[] = [];
  for await (const p of pass) out.push(p);
  return out;
};

describe('co-participation pairs', () => {
  const projects = [
    { programme: 'h2020' as const, start: 2015, end: 2017, members: ['a', 'b', 'c'] },
    { programme: 'horizon' as const, start: 2018, end: 2021, members: ['b', 'a'] },
    { programme: 'h2020' as const, start: 2016, end: 2019, members: ['a', 'b', 'c', 'd', 'e'] },
  ];

  it('gives one pair per two organisations, weighted by shared projects, with first and last year and the count per programme', async () => {
    const { pairs: pass, stats } = coParticipation(projects, 100);
    const pairs = await all(pass());
    const ab = pairs.find((p) => p.a === 'a' && p.b === 'b');
    expect(ab).toEqual({ a: 'a', b: 'b', weight: 3, since: 2015, until: 2021, byProgramme: { h2020: 2, horizon: 1 }, yearsByProgramme: { h2020: ['2015-2017', '2016-2019'], horizon: ['2018-2021'] } });
    expect(stats.pairs).toBe(10);
    expect(stats.pairsWithoutCap).toBe(10);
    expect(pairs.every((p) => p.a < p.b)).toBe(true);
    expect(await all(pass()), 'a second pass, as the writing makes after the validation').toEqual(pairs);
  });

  it('adds the counts and years an earlier import of another programme left on a pair, never those of a programme read again', async () => {
    const earlier = [{ a: 'a', b: 'b', fp7: 4, h2020: 9, since: 2008, until: 2013, fp7Years: ['2008-2011', '2009-2012', '2010-2013', '2010-2010'], h2020Years: ['2014-2016'] }];
    const { pairs } = coParticipation(projects, 100, async (as) => earlier.filter((e) => as.includes(e.a)), ['h2020', 'horizon']);
    expect((await all(pairs())).find((p) => p.a === 'a' && p.b === 'b')).toEqual({
      a: 'a',
      b: 'b',
      weight: 7,
      since: 2008,
      until: 2021,
      byProgramme: { fp7: 4, h2020: 2, horizon: 1 },
      // the earlier FP7 projects' years kept, the H2020 ones replaced by this import's
      yearsByProgramme: { fp7: ['2008-2011', '2009-2012', '2010-2013', '2010-2010'], h2020: ['2015-2017', '2016-2019'], horizon: ['2018-2021'] },
    });
  });

  it('asks the graph for earlier pairs a few hundred organisations at a time, never for all pairs at once, and still adds every one up', async () => {
    // A ring of projects of two: organisation i works with i + 1, and each pair had one FP7 project before.
    const n = 2 * EARLIER_PAIRS_CHUNK + 7;
    const pic = (i: number) => `org-${String(i).padStart(5, '0')}`;
    const ring = Array.from({ length: n - 1 }, (_, i) => ({ programme: 'h2020' as const, start: 2016, end: 2018, members: [pic(i), pic(i + 1)] }));
    const asked: number[] = [];
    const earlier = async (as: string[]) => {
      asked.push(as.length);
      return as.filter((a) => a !== pic(n - 1)).map((a) => ({ a, b: pic(Number(a.slice(4)) + 1), fp7: 1, since: 2010, until: 2012 }));
    };
    const pairs = await all(coParticipation(ring, 100, earlier, ['h2020']).pairs());
    expect(asked).toEqual([EARLIER_PAIRS_CHUNK, EARLIER_PAIRS_CHUNK, 7]);
    expect(pairs).toHaveLength(n - 1);
    expect(pairs.every((p) => p.weight === 2 && p.since === 2010 && p.until === 2018 && p.byProgramme.fp7 === 1 && p.byProgramme.h2020 === 1)).toBe(true);
  });

  it('leaves consortia above the cap out of the pairs and counts what that avoided', async () => {
    const { pairs: pass, stats } = coParticipation(projects, 4);
    const pairs = await all(pass());
    expect(stats).toMatchObject({ projectsOverCap: 1, largestConsortium: 5, pairsWithoutCap: 10, pairs: 3 });
    expect(pairs).toHaveLength(stats.pairs);
    expect(pairs.find((p) => p.a === 'a' && p.b === 'b')?.weight).toBe(2);
  });
});

describe('CSV cells', () => {
  it('become lists, numbers and booleans as the row schema wants, and stay text where unreadable', () => {
    const found = targetOf('projects.csv');
    if ('error' in found) throw new Error(found.error);
    const coerce = cellCoercer(rowShape(found.target).shape as never);
    expect(coerce({ id: 'p', aliases: 'A; B ;', totalCost: '1200.5', ecMaxContribution: 'lots', inferred: 'TRUE', acronym: '' })).toEqual({
      id: 'p',
      aliases: ['A', 'B'],
      totalCost: 1200.5,
      ecMaxContribution: 'lots',
      inferred: true,
    });
  });

  it('file names choose the label or relationship type', () => {
    expect(targetOf('data/Actors.CSV')).toEqual({ target: { kind: 'node', label: 'Actor' }, format: 'csv' });
    expect(targetOf('same_as.json')).toEqual({ target: { kind: 'link', type: 'SAME_AS' }, format: 'json' });
    expect(targetOf('mentioned_in.csv')).toMatchObject({ error: expect.stringMatching(/not a label or relationship type/) });
  });
});
