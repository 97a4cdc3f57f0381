import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../support/http.ts';
import { pairKey, periodFixtureServer, type Fixture, type PeriodFixtureServer, type Years } from '../support/period-fixture.ts';

// `period` on every exploring endpoint, on data whose answers are counted here from the fixture
// (tests/fixtures/period: six actors of one region, six projects of known years, the pairs they
// make and one collaboration without years) and on the seeds (the 2012 VITO–province call).

interface Edge {
  data: { id: string; source: string; target: string; type: string; weight?: number; undated?: boolean };
}
interface Graph {
  nodes: { data: { id: string; type: string; helix?: string; undated?: boolean } }[];
  edges: Edge[];
}
interface TripleHelix extends Graph {
  summary: { actors: number; period?: { from: number; to: number; undated: string } | null };
  stats: { matrix: Record<string, Record<string, number>>; crossShare: number | null };
}

const REGION = 'Region:periodia';
const q = (p: Years) => (p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`);
const links = (g: Graph, type = 'COLLABORATES_WITH') =>
  new Map(g.edges.filter((e) => e.data.type === type).map((e) => [pairKey(e.data.source, e.data.target), e.data.weight ?? 1]));
const ids = (g: Graph, type = 'Actor') => g.nodes.filter((n) => n.data.type === type).map((n) => n.data.id).sort();

describe('a period on every exploring endpoint', () => {
  let app: PeriodFixtureServer;
  let fx: Fixture, get: PeriodFixtureServer['get'], post: PeriodFixtureServer['post'];

  beforeAll(async () => {
    ({ fx, get, post } = app = await periodFixtureServer());
  });
  afterAll(() => app?.close());

  const periods: Years[] = [
    { from: 2014, to: 2016 },
    { from: 2018, to: 2020 },
    { from: 2015, to: 2015 },
    { from: 2017, to: 2017 },
    { from: 2010, to: 2012 },
  ];

  it('the triple helix of a region keeps the pairs of the period, weighted by their projects running in it', async () => {
    for (const p of periods) {
      const th = await get<TripleHelix>(`/api/triple-helix?scope=region&id=${REGION}&period=${q(p)}`);
      expect(Object.fromEntries(links(th)), q(p)).toEqual(Object.fromEntries(fx.pairsIn(p, 'show')));
      expect(ids(th), q(p)).toEqual(fx.actorsIn(p, 'show'));
      expect(th.summary.period).toEqual({ ...p, undated: 'show' });
      const undated = th.edges.filter((e) => e.data.undated).map((e) => pairKey(e.data.source, e.data.target));
      expect(undated).toEqual(fx.undatedPairs.filter((k) => fx.pairsIn(p, 'show').has(k)));
    }
    // By hand: in 2014–2016 the university and the metal firm share P1 (2014–15) and P2 (2016–17);
    // in 2017 only P2; in 2015 only P1. Seen from the data above, not from the answer.
    expect(fx.pairsIn({ from: 2014, to: 2016 }, 'show').get(pairKey('Actor:period-uni-1', 'Actor:period-firm-1'))).toBe(2);
    expect(fx.pairsIn({ from: 2017, to: 2017 }, 'show').get(pairKey('Actor:period-uni-1', 'Actor:period-firm-1'))).toBe(1);
  });

  it('undated=hide leaves out the collaboration without years and the actor known only from it', async () => {
    const p = { from: 2014, to: 2016 };
    const th = await get<TripleHelix>(`/api/triple-helix?scope=region&id=${REGION}&period=${q(p)}&undated=hide`);
    expect(Object.fromEntries(links(th))).toEqual(Object.fromEntries(fx.pairsIn(p, 'hide')));
    expect(ids(th)).toEqual(fx.actorsIn(p, 'hide'));
    expect(ids(th)).not.toContain('Actor:period-cluster-1');
  });

  it('without a period every link keeps its own weight, and the helix matrix counts the ties of the period', async () => {
    const all = await get<TripleHelix>(`/api/triple-helix?scope=region&id=${REGION}`);
    expect(Object.fromEntries(links(all))).toEqual(Object.fromEntries(fx.links));
    expect(all.edges.some((e) => e.data.undated)).toBe(false);
    for (const p of periods) {
      const th = await get<TripleHelix>(`/api/triple-helix?scope=region&id=${REGION}&period=${q(p)}`);
      const expected = fx.matrixOf(fx.pairsIn(p, 'show'));
      for (const [h, row] of Object.entries(expected)) for (const [k, n] of Object.entries(row)) expect(th.stats.matrix[h]![k], `${q(p)} ${h}×${k}`).toBe(n);
    }
  });

  it('metrics of the scope count the actors and links of the period', async () => {
    const p = { from: 2018, to: 2020 };
    const m = await get<{ nodeCount: number; edgeCount: number; nodes: Record<string, { degree: number }> }>(`/api/metrics?scope=region&id=${REGION}&period=${q(p)}`);
    expect(m.nodeCount).toBe(fx.actorsIn(p, 'show').length);
    expect(m.edgeCount).toBe(fx.pairsIn(p, 'show').size);
    expect(m.nodes['Actor:period-firm-2']!.degree).toBe([...fx.pairsIn(p, 'show').keys()].filter((k) => k.split('|').includes('Actor:period-firm-2')).length);
  });

  it('expand and overview show the projects and participations of the period only', async () => {
    for (const p of periods) {
      const ex = await post<Graph & { summary: { period?: unknown } }>('/api/expand', { ids: ['Actor:period-gov-1'], hops: 1, period: q(p), limit: 500 });
      expect(ids(ex, 'Project'), q(p)).toEqual(fx.projectsIn(p).filter((id) => fx.members.get(id)!.includes('Actor:period-gov-1')));
      const partners = [...fx.linksIn(p, 'show').keys()].filter((k) => k.split('|').includes('Actor:period-gov-1')).map((k) => k.split('|').find((x) => x !== 'Actor:period-gov-1')!);
      expect(ids(ex).filter((id) => id !== 'Actor:period-gov-1')).toEqual(partners.sort());
      const ov = await get<Graph>(`/api/overview?period=${q(p)}`);
      expect(ids(ov, 'Project').filter((id) => id.startsWith('Project:period-')), q(p)).toEqual(fx.projectsIn(p));
      const participations = ov.edges.filter((e) => e.data.type === 'PARTICIPATES_IN' && e.data.target.startsWith('Project:period-')).length;
      expect(participations).toBe(fx.projectsIn(p).reduce((n, id) => n + fx.members.get(id)!.length, 0));
    }
  });

  it('paths only follow links of the period', async () => {
    const path = (p: Years) => get<{ paths: { nodes: string[] }[] }>(`/api/paths?from=Actor:period-firm-2&to=Actor:period-gov-1&only=collaboration&period=${q(p)}`);
    expect((await path({ from: 2014, to: 2016 })).paths).toEqual([]);
    const later = await path({ from: 2018, to: 2020 });
    expect(later.paths[0]!.nodes).toEqual(['Actor:period-firm-2', 'Actor:period-uni-2', 'Actor:period-gov-1']);
  });

  it('the sector profile and the shared list of two sectors hold the participants of projects of the period', async () => {
    for (const p of periods) {
      const profile = await get<{ actorsByHelix: Record<string, { id: string }[]> }>(`/api/sectors/Sector:period-materials/profile?period=${q(p)}`);
      const shown = Object.values(profile.actorsByHelix).flat().map((a) => a.id).sort();
      // The cluster is active in the sector without a year; the participants of P3 come with it.
      const expected = ['Actor:period-cluster-1', ...(fx.projectsIn(p).includes('Project:period-p3') ? fx.members.get('Project:period-p3')! : [])].sort();
      expect(shown, q(p)).toEqual(expected);
      const shared = await get<{ actors: { id: string }[]; projects: { id: string }[] }>(`/api/cross-sector/shared?a=Sector:period-materials&b=Sector:period-health&period=${q(p)}`);
      expect(shared.projects.map((x) => x.id)).toEqual(fx.projectsIn(p).includes('Project:period-p3') ? ['Project:period-p3'] : []);
    }
    const hidden = await get<{ actorsByHelix: Record<string, { id: string }[]> }>(`/api/sectors/Sector:period-materials/profile?period=2014-2016&undated=hide`);
    expect(Object.values(hidden.actorsByHelix).flat()).toEqual([]);
    const cross = await get<{ edges: Edge[] }>('/api/cross-sector?period=2018-2020');
    const link = cross.edges.find((e) => pairKey(e.data.source, e.data.target) === pairKey('Sector:period-materials', 'Sector:period-health'));
    expect(link?.data.weight).toBe(fx.members.get('Project:period-p3')!.length + 1);
    const before = await get<{ edges: Edge[] }>('/api/cross-sector?period=2014-2016');
    expect(before.edges.some((e) => pairKey(e.data.source, e.data.target) === pairKey('Sector:period-materials', 'Sector:period-health'))).toBe(false);
  });

  it('the seeds: the 2012 VITO–province call appears only in periods covering 2012; links without years are marked', async () => {
    const vito = (period: string) => post<Graph>('/api/expand', { ids: ['Actor:vito'], relTypes: ['COLLABORATES_WITH', 'FOUNDED'], period, limit: 500 });
    for (const [period, present] of [['2012', true], ['2010-2014', true], ['2013', false], ['2014-2020', false], ['2011', false]] as const) {
      const g = await vito(period);
      expect(g.edges.some((e) => pairKey(e.data.source, e.data.target) === pairKey('Actor:vito', 'Actor:provinciebestuur-antwerpen')), period).toBe(present);
      const ov = await get<Graph>(`/api/overview?period=${period}`);
      expect(ids(ov, 'Project').includes('Project:project-vito-province-call-2012'), period).toBe(present);
    }
    const undated = await get<Graph>('/api/overview?period=2013');
    const uaJanssen = (e: Edge) => e.data.type === 'COLLABORATES_WITH' && pairKey(e.data.source, e.data.target) === pairKey('Actor:universiteit-antwerpen', 'Actor:janssen-pharmaceutica');
    const research = undated.edges.find(uaJanssen);
    expect(research?.data.undated).toBe(true);
    const hidden = await get<Graph>('/api/overview?period=2013&undated=hide');
    expect(hidden.edges.some(uaJanssen)).toBe(false);
    expect(hidden.nodes.some((n) => n.data.type === 'Project' && n.data.undated)).toBe(false);
  });

  it('a wrong period is a 400 naming the field, on every endpoint that takes one', async () => {
    for (const path of [
      `/api/triple-helix?scope=region&id=${REGION}&period=2016-2014`,
      '/api/overview?period=abc',
      '/api/cross-sector?period=20150',
      '/api/cross-sector/shared?a=Sector:period-materials&b=Sector:period-health&period=1800',
      '/api/sectors/Sector:period-materials/profile?period=2015-',
      '/api/paths?from=Actor:vito&to=Actor:imec&period=x',
      `/api/metrics?scope=region&id=${REGION}&period=2014&undated=maybe`,
    ]) {
      const problem = await get<Problem>(path, 400);
      expect(problem.errors.map((e) => e.field).some((f) => f === 'period' || f === 'undated'), path).toBe(true);
    }
  });

  describe('GET /api/compare', () => {
    interface TieList {
      count: number;
      ties: { source: string; target: string; a: number; b: number }[];
    }
    interface Moves {
      rising: { id: string; a: number; b: number }[];
      falling: { id: string; a: number; b: number }[];
    }
    interface Compare {
      a: { stats: { matrix: Record<string, Record<string, number>>; crossShare: number | null }; summary: { actors: number } };
      b: { stats: { matrix: Record<string, Record<string, number>>; crossShare: number | null }; summary: { actors: number } };
      difference: { matrix: Record<string, Record<string, number>>; crossShare: number | null };
      ties: { gained: TieList; lost: TieList; strengthened: TieList; weakened: TieList; kept: number };
      actors: { degree: Moves; betweenness: Moves; brokerage: Moves };
      sectors: { grew: { a: string; b: string; weightA: number; weightB: number }[]; shrank: unknown[] };
      elements: { edges: { data: { source: string; target: string; change: string } }[] };
    }
    const A = { from: 2014, to: 2016 };
    const B = { from: 2018, to: 2020 };
    const keysOf = (l: TieList) => l.ties.map((t) => pairKey(t.source, t.target)).sort();
    const degree = (pairs: Map<string, number>, actor: string) => [...pairs.keys()].filter((k) => k.split('|').includes(actor)).length;

    it('tells the ties gained, lost, kept and strengthened between two periods, as counted from the fixture', async () => {
      const c = await get<Compare>(`/api/compare?scope=region&id=${REGION}&a=${q(A)}&b=${q(B)}`);
      const [pa, pb] = [fx.pairsIn(A, 'show'), fx.pairsIn(B, 'show')];
      const gained = [...pb.keys()].filter((k) => !pa.has(k)).sort();
      const lost = [...pa.keys()].filter((k) => !pb.has(k)).sort();
      const strengthened = [...pb.keys()].filter((k) => pa.has(k) && pb.get(k)! > pa.get(k)!).sort();
      expect(c.ties.gained.count).toBe(gained.length);
      expect(keysOf(c.ties.gained)).toEqual(gained);
      expect(keysOf(c.ties.lost)).toEqual(lost);
      expect(keysOf(c.ties.strengthened)).toEqual(strengthened);
      expect(c.ties.kept).toBe([...pb.keys()].filter((k) => pa.has(k)).length);
      // By hand: the college and the province share P5 (2015–18) in both periods and P6 (2019–20) in the second.
      expect(strengthened).toEqual([pairKey('Actor:period-uni-2', 'Actor:period-gov-1')]);
      expect(c.ties.strengthened.ties[0]).toMatchObject({ a: 1, b: 2 });
      expect(c.elements.edges.filter((e) => e.data.change === 'gained').length).toBe(gained.length);
      expect(c.elements.edges.filter((e) => e.data.change === 'lost').length).toBe(lost.length);
    });

    it('gives both helix matrices, their difference and the cross-helix share of each period', async () => {
      const c = await get<Compare>(`/api/compare?scope=region&id=${REGION}&a=${q(A)}&b=${q(B)}`);
      const [ma, mb] = [fx.matrixOf(fx.pairsIn(A, 'show')), fx.matrixOf(fx.pairsIn(B, 'show'))];
      const share = (pairs: Map<string, number>) => [...pairs.keys()].filter((k) => new Set(k.split('|').map((x) => fx.helix.get(x))).size === 2).length / pairs.size;
      expect(c.a.stats.matrix).toEqual(ma);
      expect(c.b.stats.matrix).toEqual(mb);
      expect(c.difference.matrix.academia!.industry).toBe(mb.academia!.industry! - ma.academia!.industry!);
      expect(c.a.stats.crossShare).toBeCloseTo(share(fx.pairsIn(A, 'show')));
      expect(c.b.stats.crossShare).toBeCloseTo(share(fx.pairsIn(B, 'show')));
      expect(c.difference.crossShare).toBeCloseTo(share(fx.pairsIn(B, 'show')) - share(fx.pairsIn(A, 'show')));
      expect(c.a.summary.actors).toBe(fx.actorsIn(A, 'show').length);
    });

    it('lists actors rising and falling in degree and betweenness, and the sectors whose shared links grew', async () => {
      const c = await get<Compare>(`/api/compare?scope=region&id=${REGION}&a=${q(A)}&b=${q(B)}`);
      const [pa, pb] = [fx.pairsIn(A, 'show'), fx.pairsIn(B, 'show')];
      const actors = [...fx.helix.keys()];
      const change = (id: string) => degree(pb, id) - degree(pa, id);
      expect(c.actors.degree.rising.map((x) => x.id).sort()).toEqual(actors.filter((id) => change(id) > 0).sort());
      expect(c.actors.degree.falling.map((x) => x.id).sort()).toEqual(actors.filter((id) => change(id) < 0).sort());
      for (const x of [...c.actors.degree.rising, ...c.actors.degree.falling]) expect(x.b - x.a).toBe(change(x.id));
      // By hand: in 2014–16 the province is the only way from the cluster and the college to the
      // others; in 2018–20 the college links the province's side to the firms and the university.
      expect(c.actors.betweenness.falling.map((x) => x.id)).toContain('Actor:period-gov-1');
      expect(c.actors.betweenness.rising.map((x) => x.id)).toContain('Actor:period-uni-2');
      // P3 targets both sectors and runs in 2018–20 only: its three participants are shared then.
      expect(c.sectors.grew).toContainEqual(expect.objectContaining({ weightA: 0, weightB: fx.members.get('Project:period-p3')!.length }));
      expect(c.sectors.shrank).toEqual([]);
    });

    it('refuses a comparison without two periods, naming the field', async () => {
      for (const [path, field] of [
        [`/api/compare?scope=region&id=${REGION}&a=2014-2016`, 'b'],
        [`/api/compare?scope=region&id=${REGION}&a=2017-2014&b=2018`, 'a'],
        [`/api/compare?scope=region&a=2014&b=2018`, 'id'],
      ] as const) {
        const problem = await get<Problem>(path, 400);
        expect(problem.errors.map((e) => e.field), path).toContain(field);
      }
    });
  });
});
