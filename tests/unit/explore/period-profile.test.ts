import { describe, expect, it } from 'vitest';
import { periodTieRows, profileGroups, weightIn, type ProfileGroup } from '../../../server/explore/period-profile.ts';

// The stored period profile weighs groups of ties as cypher/period/link-weight.cypher weighs each
// of them; the integration tests compare both on the seeds and the CORDIS samples.

const group = (over: Partial<Record<'since' | 'until' | 'year' | 'weight' | 'ties', number | null>> & { project?: boolean; spans?: string[] | null; g?: string; h?: string } = {}): ProfileGroup => [
  over.g ?? 'academia',
  over.h ?? 'industry',
  over.since === undefined ? 2015 : over.since,
  over.until === undefined ? 2018 : over.until,
  over.year ?? null,
  over.weight ?? 2,
  over.project ?? true,
  over.spans === undefined ? ['2015-2016', '2017-2018'] : over.spans,
  over.ties ?? 1,
];

describe('weighing a group of ties in a period', () => {
  it('keeps the weight of ties inside the period and drops those outside it', () => {
    expect(weightIn(group(), 2014, 2020, false)).toBe(2);
    expect(weightIn(group(), 2019, 2022, false)).toBe(0);
    expect(weightIn(group(), 2010, 2014, false)).toBe(0);
  });

  it('counts the shared projects running in a period across the ties’ years', () => {
    expect(weightIn(group(), 2016, 2016, false)).toBe(1);
    expect(weightIn(group(), 2016, 2017, false)).toBe(2);
    expect(weightIn(group({ spans: ['2015-2018', '2015-2016', '2016-2018'] }), 2017, 2020, false)).toBe(2);
    // a project tie without known shared projects, and a tie not from projects, keep their weight
    expect(weightIn(group({ spans: null }), 2016, 2016, false)).toBe(2);
    expect(weightIn(group({ project: false, spans: null }), 2016, 2016, false)).toBe(2);
  });

  it('reads a missing since or until as the other one, a lone year as the tie’s year, and hides ties without years only when asked', () => {
    expect(weightIn(group({ until: null, spans: null }), 2015, 2015, false)).toBe(2);
    expect(weightIn(group({ until: null, spans: null }), 2016, 2020, false)).toBe(0);
    expect(weightIn(group({ since: null, until: null, year: 2012, spans: null }), 2010, 2012, false)).toBe(2);
    expect(weightIn(group({ since: null, until: null, year: 2012, spans: null }), 2013, 2020, false)).toBe(0);
    expect(weightIn(group({ since: null, until: null, spans: null }), 2013, 2020, false)).toBe(2);
    expect(weightIn(group({ since: null, until: null, spans: null }), 2013, 2020, true)).toBe(0);
  });

  it('gives the helix matrix rows of the groups that count, their ties and summed weight', () => {
    const groups = [group({ ties: 3 }), group({ g: 'government', h: 'government', since: 2019, until: 2019, weight: 1, ties: 4 }), group({ spans: ['2015-2015'], ties: 5 })];
    expect(periodTieRows(groups, { period: { from: 2016, to: 2017 } })).toEqual([{ g: 'academia', h: 'industry', ties: 3, weight: 6 }]);
    expect(periodTieRows(groups, {})).toEqual([
      { g: 'academia', h: 'industry', ties: 3, weight: 6 },
      { g: 'government', h: 'government', ties: 4, weight: 4 },
      { g: 'academia', h: 'industry', ties: 5, weight: 10 },
    ]);
  });

  it('takes the profile query’s rows, and refuses ties whose years are not whole numbers', () => {
    const row = { g: 'academia', h: null, since: 2015, until: 2018, year: null, weight: 2, project: true, spans: ['2015-2018'], ties: 7 };
    expect(profileGroups([row])).toEqual([['academia', null, 2015, 2018, null, 2, true, ['2015-2018'], 7]]);
    expect(profileGroups([{ ...row, since: '2015' }])).toBeNull();
    expect(profileGroups([{ ...row, spans: [2015] }])).toBeNull();
  });
});
