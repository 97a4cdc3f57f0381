import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerAnswer } from '../../contract/index.ts';
import type { Problem } from '../support/http.ts';
import { pairKey, periodFixtureServer, type Fixture, type PeriodFixtureServer, type Years } from '../support/period-fixture.ts';

// Partner suggestions within a period, on the period fixture (tests/fixtures/period: six actors,
// six projects of known years): candidates, introducers and evidence come only from the links,
// participations and projects of the period. What to expect is counted from the fixture's files.

const ASKER = 'Actor:period-gov-1';

describe('partner suggestions within a period', () => {
  let app: PeriodFixtureServer;
  let fx: Fixture, post: PeriodFixtureServer['post'];
  const ask = (period?: string, undated?: 'hide') =>
    post<PartnerAnswer>('/api/partners', { actor: ASKER, limit: 100, ...(period ? { period } : {}), ...(undated ? { undated } : {}) });
  /** The asker's partners in a period: the other members of its projects there, and its undated collaborations. */
  const partnersIn = (p: Years | undefined) => {
    const out = new Set<string>();
    for (const [project, members] of fx.members) {
      if (!members.includes(ASKER) || (p && !fx.projectsIn(p).includes(project))) continue;
      for (const m of members) if (m !== ASKER) out.add(m);
    }
    for (const key of fx.undatedPairs) if (key.split('|').includes(ASKER)) out.add(key.split('|').find((a) => a !== ASKER)!);
    return out;
  };
  const suggested = (a: PartnerAnswer) => a.suggestions.map((s) => s.id);

  beforeAll(async () => {
    ({ fx, post } = app = await periodFixtureServer());
  });
  afterAll(() => app?.close());

  it('does not suggest, within 2014–2016, a firm linked to the asker’s partners only through projects of 2018–2020; without a period it does', async () => {
    const firm = 'Actor:period-firm-2';
    // From the fixture: the firm's projects all lie outside 2014–2016, and it is not the asker's partner.
    expect(fx.actorsIn({ from: 2014, to: 2016 }, 'show')).not.toContain(firm);
    expect(partnersIn(undefined).has(firm)).toBe(false);

    const all = await ask();
    expect(suggested(all)).toContain(firm);
    expect(all.summary.period ?? null).toBeNull();
    const within = await ask('2014-2016');
    expect(suggested(within)).not.toContain(firm);
    expect(within.summary.period).toEqual({ from: 2014, to: 2016, undated: 'show' });
    // Every candidate of the fixture in the period is active in it, and not already the asker's partner there.
    const active = new Set(fx.actorsIn({ from: 2014, to: 2016 }, 'show'));
    for (const id of suggested(within).filter((s) => s.startsWith('Actor:period-'))) {
      expect(active.has(id), id).toBe(true);
      expect(partnersIn({ from: 2014, to: 2016 }).has(id), id).toBe(false);
    }
  });

  it('suggests again, within 2018–2020, a university the asker worked with only in 2014–2015, introduced by a partner of that period', async () => {
    const uni = 'Actor:period-uni-1';
    const p = { from: 2018, to: 2020 };
    // From the fixture: linked to the asker through P1 (2014–15) only, and active in 2018–2020.
    expect(partnersIn(undefined).has(uni)).toBe(true);
    expect(partnersIn(p).has(uni)).toBe(false);
    expect(fx.actorsIn(p, 'show')).toContain(uni);
    // The introducers the fixture gives: partners of the asker in the period who worked with the university there.
    const introducers = [...partnersIn(p)].filter((x) => fx.linksIn(p, 'hide').has(pairKey(x, uni))).sort();
    expect(introducers.length).toBeGreaterThan(0);

    expect(suggested(await ask())).not.toContain(uni);
    const within = await ask('2018-2020');
    const suggestion = within.suggestions.find((s) => s.id === uni);
    expect(suggestion, suggested(within).join(', ')).toBeDefined();
    expect(suggestion!.introducers.map((i) => i.id).sort()).toEqual(introducers);
    // Its evidence names only projects of the period, the one it shares with the introducer (P3) among them.
    expect(suggestion!.evidence.projects).toContain('Project:period-p3');
    for (const project of suggestion!.evidence.projects) expect(fx.projectsIn(p), project).toContain(project);
  });

  it('with undated=hide, leaves out the cluster known only from a collaboration without years', async () => {
    const cluster = 'Actor:period-cluster-1';
    const firm = 'Actor:period-firm-1';
    // Asked by a firm that is not its partner: suggested in 2014–2016 while undated records show, not once they are hidden.
    const askAs = async (undated?: 'hide') => suggested(await post<PartnerAnswer>('/api/partners', { actor: firm, limit: 100, period: '2014-2016', ...(undated ? { undated } : {}) }));
    expect(fx.actorsIn({ from: 2014, to: 2016 }, 'show')).toContain(cluster);
    expect(fx.actorsIn({ from: 2014, to: 2016 }, 'hide')).not.toContain(cluster);
    expect(await askAs()).toContain(cluster);
    expect(await askAs('hide')).not.toContain(cluster);
  });

  it('refuses a period that is not one, naming the field', async () => {
    for (const period of ['2016-2014', '20x5', 2015]) {
      const body = await post<Problem>('/api/partners', { actor: ASKER, period }, 400);
      expect(body.errors.map((e) => e.field)).toContain('period');
    }
  });
});
