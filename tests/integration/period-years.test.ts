import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../support/http.ts';
import { periodFixtureServer, type Fixture, type PeriodFixtureServer } from '../support/period-fixture.ts';

// The data's years on the period fixture alone (tests/fixtures/period: six projects of known
// years, their participants and pairs), so every figure can be counted by hand: the activity
// histogram behind the period control and a scope's triple-helix figures year by year.

interface Activity {
  years: { year: number; projects: number; participations: number }[];
  undated: { projects: number; participations: number };
}
interface HelixYears {
  scope: { scope: string; id: string | null };
  period: { from: number; to: number; undated: string } | null;
  years: { year: number; actors: number; ties: number; crossTies: number; crossShare: number | null; ei: number | null }[];
}

const REGION = 'Region:periodia';

describe('the data through the years', () => {
  let app: PeriodFixtureServer;
  let db: PeriodFixtureServer['db'], fx: Fixture, get: PeriodFixtureServer['get'];

  beforeAll(async () => {
    ({ db, fx, get } = app = await periodFixtureServer({ seeds: false }));
  });
  afterAll(() => app?.close());

  it('GET /api/activity/years counts the projects running and the participations active in each year', async () => {
    const activity = await get<Activity>('/api/activity/years');
    const years = [...fx.years.values()];
    const first = Math.min(...years.map((y) => y.from));
    const last = Math.max(...years.map((y) => y.to));
    const expected = [];
    for (let year = first; year <= last; year++) {
      const running = [...fx.years].filter(([, y]) => y.from <= year && y.to >= year).map(([id]) => id);
      expected.push({ year, projects: running.length, participations: running.reduce((n, id) => n + fx.members.get(id)!.length, 0) });
    }
    expect(activity.years).toEqual(expected);
    // By hand: 2019 runs P3 (three participants), P4 (two) and P6 (two).
    expect(activity.years.find((y) => y.year === 2019)).toEqual({ year: 2019, projects: 3, participations: 7 });
    expect(activity.undated).toEqual({ projects: 0, participations: 0 });
  });

  it('counts a project without a start and its participation as undated, not in any year', async () => {
    const before = await get<Activity>('/api/activity/years');
    await db.writeCypher("MATCH (a:Actor {id: 'period-cluster-1'}) CREATE (a)-[:PARTICIPATES_IN]->(:Project {id: 'period-undated', name: 'Zonder jaar'})");
    try {
      const after = await get<Activity>('/api/activity/years');
      expect(after.undated).toEqual({ projects: 1, participations: 1 });
      expect(after.years).toEqual(before.years);
    } finally {
      await db.writeCypher("MATCH (p:Project {id: 'period-undated'}) DETACH DELETE p");
    }
  });

  it('reads the years again only when the data changed, whoever wrote it', async () => {
    const reading = vi.spyOn(db, 'reading');
    try {
      const first = await get<Activity>('/api/activity/years');
      reading.mockClear();
      expect(await get<Activity>('/api/activity/years')).toEqual(first);
      expect(reading).not.toHaveBeenCalled();
      // Another writer (another app instance, a CLI import): its commit reaches no cache of this process but changes the data's version.
      const other = db.driver.session();
      try {
        await other.run("MATCH (a:Actor {id: 'period-cluster-1'}) CREATE (a)-[:PARTICIPATES_IN]->(:Project {id: 'period-1990', name: 'Vroeg', start: '1990-01-01', end: '1990-12-31'})");
        const after = await get<Activity>('/api/activity/years');
        expect(reading).toHaveBeenCalled();
        expect(after.years[0]).toEqual({ year: 1990, projects: 1, participations: 1 });
        expect(after.years.filter((y) => y.year !== 1990)).toEqual(first.years);
      } finally {
        await other.run("MATCH (p:Project {id: 'period-1990'}) DETACH DELETE p");
        await other.close();
      }
      expect(await get<Activity>('/api/activity/years')).toEqual(first);
    } finally {
      reading.mockRestore();
    }
  });

  it('GET /api/triple-helix/years gives the cross-helix share of a region in each year, as counted from the fixture', async () => {
    for (const undated of ['show', 'hide'] as const) {
      const series = await get<HelixYears>(`/api/triple-helix/years?scope=region&id=${REGION}&period=2013-2020&undated=${undated}`);
      expect(series.period).toEqual({ from: 2013, to: 2020, undated });
      expect(series.years.map((y) => y.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
      for (const y of series.years) {
        const p = { from: y.year, to: y.year };
        const pairs = fx.pairsIn(p, undated);
        const cross = [...pairs.keys()].filter((k) => new Set(k.split('|').map((a) => fx.helix.get(a))).size === 2).length;
        expect({ year: y.year, actors: y.actors, ties: y.ties, crossTies: y.crossTies, crossShare: y.crossShare }).toEqual({
          year: y.year,
          actors: fx.actorsIn(p, undated).length,
          ties: pairs.size,
          crossTies: cross,
          crossShare: pairs.size ? cross / pairs.size : null,
        });
      }
    }
    // By hand, undated hidden: in 2019 the pairs are uni-1–firm-2, uni-1–uni-2, firm-2–uni-2 (P3),
    // firm-1–firm-2 (P4) and uni-2–gov-1 (P6): three of five join two helices.
    const hidden = await get<HelixYears>(`/api/triple-helix/years?scope=region&id=${REGION}&period=2019&undated=hide`);
    expect(hidden.years).toEqual([expect.objectContaining({ year: 2019, ties: 5, crossTies: 3, crossShare: 0.6 })]);
  });

  it('without a period the series covers the years the data is active in', async () => {
    const series = await get<HelixYears>('/api/triple-helix/years');
    const activity = await get<Activity>('/api/activity/years');
    expect(series.years.map((y) => y.year)).toEqual(activity.years.map((y) => y.year));
    expect(series.scope).toEqual({ scope: 'all', id: null });
  });

  it('refuses a series too long or a scope without its id, naming the field', async () => {
    const long = await get<Problem>('/api/triple-helix/years?period=1900-2100', 400);
    expect(long.detail).toMatch(/period/);
    const noId = await get<Problem>('/api/triple-helix/years?scope=sector', 400);
    expect(noId.errors.map((e) => e.field)).toContain('id');
    const extra = await get<Problem>('/api/activity/years?year=2015', 400);
    expect(extra.status).toBe(400);
  });
});
