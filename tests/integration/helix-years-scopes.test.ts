import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodFixtureServer, type PeriodFixtureServer } from '../support/period-fixture.ts';

// The small multiples of several kinds of scope on the period fixture (tests/fixtures/period),
// counted by one grouped query for all years (cypher/queries/scope-years.cypher): the figures
// below are counted by hand from the fixture's CSV files.
//
// Projects (participants): P1 2014–15 (uni-1, firm-1, gov-1), P2 2016–17 (uni-1, firm-1),
// P3 2018–20 (uni-1, firm-2, uni-2), P4 2019 (firm-1, firm-2), P5 2015–18 (uni-2, gov-1),
// P6 2019–20 (uni-2, gov-1). Helices: uni academia, firm industry, gov government, cluster
// intermediary. The cluster has only an undated collaboration (with gov-1), so it is shown in every
// year unless undated records are hidden. P1 and P3 target health, P3 materials; the cluster is
// active in materials.

interface Year {
  year: number;
  actors: number;
  ties: number;
  crossTies: number;
  crossShare: number | null;
  ei: number | null;
  matrix: Record<string, Record<string, number>>;
}
interface Series {
  scope: { scope: string; id: string | null };
  years: Year[];
}

/** [year, actors, ties, cross-helix ties] for each year of the series. */
type Row = [number, number, number, number];

describe('the triple helix of a scope year by year, one query for all years', () => {
  let app: PeriodFixtureServer;
  let get: PeriodFixtureServer['get'];

  beforeAll(async () => {
    ({ get } = app = await periodFixtureServer({ seeds: false }));
  });
  afterAll(() => app?.close());

  const series = async (query: string) => (await get<Series>(`/api/triple-helix/years?${query}`)).years;
  const rows = (years: Year[]): Row[] => years.map((y) => [y.year, y.actors, y.ties, y.crossTies]);

  // Every actor of the fixture sits in the region, so region and all agree.
  const whole: Row[] = [
    [2013, 1, 0, 0], // the undated cluster alone; its partner gov-1 is not active
    [2014, 4, 4, 4], // P1's three and the cluster: uni-1–firm-1, uni-1–gov-1, firm-1–gov-1, cluster–gov-1
    [2015, 5, 5, 5], // and uni-2 (P5): uni-2–gov-1
    [2016, 5, 3, 3], // P2, P5: uni-1–firm-1, uni-2–gov-1, cluster–gov-1
    [2017, 5, 3, 3],
    [2018, 5, 5, 4], // P3, P5: uni-1–firm-2, uni-1–uni-2 (inside academia), firm-2–uni-2, uni-2–gov-1, cluster–gov-1
    [2019, 6, 6, 4], // P3, P4, P6: and firm-1–firm-2 (inside industry)
    [2020, 5, 5, 4], // P3, P6
    [2021, 1, 0, 0],
  ];

  it('scope all and a region: actors and ties of each year', async () => {
    const all = await series('period=2013-2021');
    expect(rows(all)).toEqual(whole);
    expect(rows(await series('scope=region&id=Region:periodia&period=2013-2021'))).toEqual(whole);
    const y2019 = all.find((y) => y.year === 2019)!;
    expect(y2019.crossShare).toBeCloseTo(4 / 6);
    expect(y2019.ei).toBeCloseTo((4 - 2) / 6);
    // The matrix counts a cross-helix tie in both of its cells.
    expect(y2019.matrix.academia).toMatchObject({ academia: 1, industry: 2, government: 1, intermediary: 0 });
    expect(y2019.matrix.industry).toMatchObject({ academia: 2, industry: 1, government: 0 });
    expect(y2019.matrix.government).toMatchObject({ academia: 1, intermediary: 1, government: 0 });
    expect(all.find((y) => y.year === 2013)).toMatchObject({ crossShare: null, ei: null });
  });

  it('a region with undated records hidden: the cluster drops out', async () => {
    const hidden = await series('scope=region&id=Region:periodia&period=2013-2021&undated=hide');
    expect(rows(hidden)).toEqual([
      [2013, 0, 0, 0],
      [2014, 3, 3, 3],
      [2015, 4, 4, 4],
      [2016, 4, 2, 2],
      [2017, 4, 2, 2],
      [2018, 4, 4, 3],
      [2019, 5, 5, 3],
      [2020, 4, 4, 3],
      [2021, 0, 0, 0],
    ]);
  });

  it('a sector holds a participant only in the years of its projects there', async () => {
    // Health: P1 (uni-1, firm-1, gov-1) in 2014–15, P3 (uni-1, firm-2, uni-2) in 2018–20. In 2016
    // and 2017 uni-1 is active (P2) but not in health.
    expect(rows(await series('scope=sector&id=Sector:period-health&period=2014-2020'))).toEqual([
      [2014, 3, 3, 3],
      [2015, 3, 3, 3], // uni-2–gov-1 runs in 2015 but uni-2 is not in health then
      [2016, 0, 0, 0],
      [2017, 0, 0, 0],
      [2018, 3, 3, 2],
      [2019, 3, 3, 2],
      [2020, 3, 3, 2],
    ]);
    // Materials: the cluster always (active in it, undated), P3's three in 2018–20; the
    // cluster's only partner, gov-1, is not in materials.
    expect(rows(await series('scope=sector&id=Sector:period-materials&period=2017-2019'))).toEqual([
      [2017, 1, 0, 0],
      [2018, 4, 3, 2],
      [2019, 4, 3, 2],
    ]);
    expect(rows(await series('scope=sector&id=Sector:period-materials&period=2017-2019&undated=hide'))).toEqual([
      [2017, 0, 0, 0],
      [2018, 3, 3, 2],
      [2019, 3, 3, 2],
    ]);
  });

  it('a project holds its participants in its own years', async () => {
    // P5 runs June 2015 to May 2018: uni-2 and gov-1, one tie across academia and government.
    const p5 = await series('scope=project&id=Project:period-p5&period=2014-2019');
    expect(rows(p5)).toEqual([
      [2014, 0, 0, 0],
      [2015, 2, 1, 1],
      [2016, 2, 1, 1],
      [2017, 2, 1, 1],
      [2018, 2, 1, 1],
      [2019, 0, 0, 0],
    ]);
    expect(p5[1]).toMatchObject({ crossShare: 1, ei: 1 });
  });

  it('each year agrees with the triple helix of that year', async () => {
    interface TripleHelix {
      summary: { actors: number; edges: number };
      stats: { totals: { ties: number; crossTies: number } };
    }
    const years = await series('scope=sector&id=Sector:period-health&period=2014-2019');
    for (const y of years) {
      const one = await get<TripleHelix>(`/api/triple-helix?scope=sector&id=Sector:period-health&period=${y.year}`);
      expect([y.year, y.actors, y.ties, y.crossTies]).toEqual([y.year, one.summary.actors, one.stats.totals.ties, one.stats.totals.crossTies]);
    }
  });
});
