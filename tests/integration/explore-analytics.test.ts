import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { HELICES } from '../../server/graph/model.ts';
import { startSeededServer, fetchJson, startTestServer, type Problem } from '../support/http.ts';

type Matrix = Record<string, Record<string, number>>;
interface TripleHelix {
  nodes: { data: { id: string; type: string; helix: string; brokerage: { total: number; liaison: number } } }[];
  edges: { data: { id: string; source: string; target: string; type: string } }[];
  summary: { actors: number; edges: number };
  stats: {
    actors: Record<string, number>;
    matrix: Matrix;
    weightedMatrix: Matrix;
    crossShare: number | null;
    ei: { overall: number | null; byHelix: Record<string, number | null> };
    missing: string[];
    thin: { helix: string; actors: number; isolated: number; reasons: string[] }[];
    isolated: Record<string, number>;
    brokerage: { byActor: Record<string, { total: number }>; totals: { total: number } };
  };
}

describe('triple helix, cross-sector, metrics, sector profile and alignment on the seeds', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const get = <T>(path: string) => fetchJson<T>(`${server.url}${path}`);
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  const expectConsistent = (body: TripleHelix) => {
    const helixOf = new Map(body.nodes.map((n) => [n.data.id, n.data.helix]));
    const expected: Matrix = Object.fromEntries(HELICES.map((g) => [g, Object.fromEntries(HELICES.map((h) => [h, 0]))]));
    for (const { data } of body.edges) {
      expect(data.type).toBe('COLLABORATES_WITH');
      const [g, h] = [helixOf.get(data.source)!, helixOf.get(data.target)!];
      expected[g]![h]!++;
      if (g !== h) expected[h]![g]!++;
    }
    expect(body.stats.matrix).toEqual(expected);
    for (const h of HELICES) expect(body.stats.actors[h]).toBe(body.nodes.filter((n) => n.data.helix === h).length);
    const cross = body.edges.filter((e) => helixOf.get(e.data.source) !== helixOf.get(e.data.target)).length;
    expect(body.stats.crossShare).toBe(body.edges.length ? cross / body.edges.length : null);
    expect(body.stats.missing).toEqual(HELICES.filter((h) => body.stats.actors[h] === 0));
  };

  it('gives the chemistry and life sciences sector actors of several helices with a consistent matrix', async () => {
    const { status, body } = await get<TripleHelix>('/api/triple-helix?scope=sector&id=Sector:sector-chemistry-life-sciences');
    expect(status).toBe(200);
    const helices = new Set(body.nodes.map((n) => n.data.helix));
    expect(helices.size).toBeGreaterThanOrEqual(3);
    expect(body.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['Actor:janssen-pharmaceutica', 'Actor:universiteit-antwerpen']));
    expect(body.edges.length).toBeGreaterThan(0);
    expectConsistent(body);
    expect(body.summary).toMatchObject({ actors: body.nodes.length, edges: body.edges.length });
  });

  it('flags a helix whose actors are mostly tied to nobody in the scope', async () => {
    const { body } = await get<TripleHelix>('/api/triple-helix?scope=sector&id=Sector:sector-chemistry-life-sciences');
    const tied = new Set(body.edges.flatMap((e) => [e.data.source, e.data.target]));
    for (const h of HELICES) {
      const actors = body.nodes.filter((n) => n.data.helix === h);
      const alone = actors.filter((n) => !tied.has(n.data.id)).length;
      expect(body.stats.isolated[h]).toBe(alone);
      const flagged = body.stats.thin.find((t) => t.helix === h);
      if (actors.length > 0 && alone / actors.length > 0.5) expect(flagged).toMatchObject({ isolated: alone, reasons: expect.arrayContaining(['mostly_isolated']) });
      else expect(flagged?.reasons ?? []).not.toContain('mostly_isolated');
    }
    // In the seeds most industry actors of the sector have no collaboration link.
    expect(body.stats.thin.find((t) => t.helix === 'industry')?.reasons).toContain('mostly_isolated');
  });

  it('gives the whole graph with brokerage roles per actor matching the totals', async () => {
    const { body } = await get<TripleHelix>('/api/triple-helix');
    const [actors] = await db.read<{ n: number }>('MATCH (a:Actor) RETURN count(a) AS n');
    expect(body.nodes).toHaveLength(actors!.n);
    expectConsistent(body);
    const province = body.nodes.find((n) => n.data.id === 'Actor:provinciebestuur-antwerpen')!;
    // The province collaborates with many actors that are not tied to each other: a broker.
    expect(province.data.brokerage.total).toBeGreaterThan(10);
    const sum = body.nodes.reduce((s, n) => s + n.data.brokerage.total, 0);
    expect(sum).toBe(body.stats.brokerage.totals.total);
    expect(body.stats.ei.overall).toBeGreaterThanOrEqual(-1);
    expect(body.stats.ei.overall).toBeLessThanOrEqual(1);
  });

  it('keeps the most collaborating actors when a scope is cut at the result limit, and says so', async () => {
    const small = await startTestServer(db, { HELIX_RESULT_LIMIT: '10' });
    try {
      const { body } = await fetchJson<TripleHelix & { summary: { truncated: boolean } }>(`${small.url}/api/triple-helix`);
      const degrees = await db.read<{ id: string; links: number }>(
        'MATCH (a:Actor) RETURN a.id AS id, COUNT { (a)-[:COLLABORATES_WITH]-() } AS links ORDER BY links DESC, id',
      );
      expect(body.summary.truncated).toBe(true);
      expect(body.nodes.map((n) => n.data.id).sort()).toEqual(degrees.slice(0, 10).map((d) => `Actor:${d.id}`).sort());
      expect(body.nodes.map((n) => n.data.id)).toContain('Actor:provinciebestuur-antwerpen');
      // The links among them, at most four per kept actor.
      const [links] = await db.read<{ n: number }>(
        'MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n',
        { ids: body.nodes.map((n) => n.data.id.slice('Actor:'.length)) },
      );
      expect(body.edges).toHaveLength(Math.min(links!.n, 4 * 10));
    } finally {
      await small.close();
    }
  });

  it('scopes by region, policy and project, and rejects a wrong scope id naming the field', async () => {
    for (const q of ['scope=region&id=Region:province-antwerp', 'scope=policy&id=Policy:policy-province-antwerp-spearhead', 'scope=project&id=Project:project-we-are-chemistry']) {
      const { status, body } = await get<TripleHelix>(`/api/triple-helix?${q}`);
      expect(status, q).toBe(200);
      expect(body.nodes.length, q).toBeGreaterThan(0);
      expectConsistent(body);
    }
    for (const [q, status, field] of [
      ['scope=sector', 400, 'id'],
      ['scope=sector&id=Actor:vito', 400, 'id'],
      ['scope=all&id=Actor:vito', 400, 'id'],
      ['scope=galaxy', 400, 'scope'],
      ['scope=sector&id=Sector:no-such-sector', 404, 'id'],
    ] as const) {
      const res = await get<Problem>(`/api/triple-helix?${q}`);
      expect(res.status, q).toBe(status);
      expect(res.type).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e) => e.field), q).toContain(field);
    }
  });

  type Cross = { nodes: { data: { id: string; type: string } }[]; edges: { data: { id: string; source: string; target: string; type: string; weight?: number; actors?: number; projects?: number } }[]; summary: { level: string } };

  it('links sectors by shared actors and projects, lists them on demand, and adds technologies enabling several sectors', async () => {
    const { status, body } = await get<Cross>('/api/cross-sector');
    expect(status).toBe(200);
    const shares = body.edges.filter((e) => e.data.type === 'SHARES');
    expect(shares.length).toBeGreaterThan(0);
    const top = [...shares].sort((a, b) => b.data.weight! - a.data.weight!)[0]!.data;
    expect(top.weight).toBe(top.actors! + top.projects!);
    const shared = await get<{ actors: { id: string; helix: string }[]; projects: { id: string }[] }>(`/api/cross-sector/shared?a=${top.source}&b=${top.target}`);
    expect(shared.status).toBe(200);
    expect(shared.body.actors.length + shared.body.projects.length).toBe(top.weight);
    const enabled = body.edges.filter((e) => e.data.type === 'ENABLED_BY');
    const perTech = new Map<string, number>();
    enabled.forEach((e) => perTech.set(e.data.target, (perTech.get(e.data.target) ?? 0) + 1));
    expect(perTech.size).toBeGreaterThan(0);
    expect([...perTech.values()].every((n) => n >= 2)).toBe(true);
    const ids = new Set(body.nodes.map((n) => n.data.id));
    expect(body.edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
    // Sector level rolls sub-sectors up: no sub-sector of chemistry is shown on its own.
    expect(ids.has('Sector:sector-pharma')).toBe(false);
    const sub = await get<Cross>('/api/cross-sector?level=subsector');
    expect(sub.body.nodes.some((n) => n.data.id === 'Sector:sector-pharma')).toBe(true);
    const bad = await get<Problem>('/api/cross-sector/shared?a=Sector:sector-chemistry&b=Actor:vito');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.field).toBe('b');
    const level = await get<Problem>('/api/cross-sector?level=galaxy');
    expect(level.body.errors[0]?.field).toBe('level');
  });

  type Metrics = { nodes: Record<string, { degree: number; betweenness: number; pagerank: number; community: number; clustering: number }>; communities: { count: number; modularity: number }; approximate: boolean };

  it('computes metrics of a posted graph: a star has its hub in the middle of every path', async () => {
    const node = (id: string) => ({ data: { id, label: id, type: 'Actor' } });
    const edge = (s: string, t: string) => ({ data: { id: `${s}-${t}`, source: s, target: t, type: 'COLLABORATES_WITH' } });
    const res = await fetch(`${server.url}/api/metrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ elements: { nodes: ['hub', 'a', 'b', 'c', 'd'].map(node), edges: ['a', 'b', 'c', 'd'].map((x) => edge('hub', x)) } }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Metrics;
    expect(body.approximate).toBe(false);
    expect(body.nodes.hub).toMatchObject({ degree: 4, betweenness: 1, clustering: 0 });
    expect(body.nodes.a).toMatchObject({ degree: 1, betweenness: 0 });
    expect(body.nodes.hub!.pagerank).toBeGreaterThan(body.nodes.a!.pagerank);
    const dangling = await fetch(`${server.url}/api/metrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ elements: { nodes: [node('a')], edges: [edge('a', 'ghost')] } }),
    });
    expect(dangling.status).toBe(400);
    expect(((await dangling.json()) as Problem).errors[0]?.field).toBe('elements');
    const wrong = await fetch(`${server.url}/api/metrics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ elements: { nodes: 'x', edges: [] } }) });
    expect(((await wrong.json()) as Problem).errors[0]?.field).toBe('elements.nodes');
  });

  it('takes a posted graph of the largest size it accepts, several megabytes as the client sends it', async () => {
    const id = (i: number) => `Actor:actor-${String(i).padStart(6, '0')}`;
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ data: { id: id(i), label: `Actor number ${i} of the scene`, type: 'Actor', helix: 'industry' } }));
    const edges = Array.from({ length: 20000 }, (_, i) => {
      const [s, t] = [id(i % 5000), id((i * 7 + 1 + Math.floor(i / 5000)) % 5000)];
      return { data: { id: `${s}|COLLABORATES_WITH|${t}|${i}`, source: s, target: t, type: 'COLLABORATES_WITH', weight: 1 + (i % 3) } };
    });
    const body = JSON.stringify({ elements: { nodes, edges } });
    expect(body.length).toBeGreaterThan(3 * 2 ** 20);
    const res = await fetch(`${server.url}/api/metrics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
    expect(Object.keys(((await res.json()) as Metrics).nodes)).toHaveLength(5000);
  });

  it('computes metrics of a scope, exactly on the seeds', async () => {
    const { status, body } = await get<Metrics>('/api/metrics?scope=sector&id=Sector:sector-chemistry-life-sciences');
    expect(status).toBe(200);
    expect(body.approximate).toBe(false);
    expect(body.nodes['Actor:janssen-pharmaceutica']?.degree).toBeGreaterThanOrEqual(1);
    expect(body.communities.count).toBeGreaterThan(0);
  });

  type Profile = {
    sector: { id: string; label: string };
    figures: { metric: string; value: number | null; printed: string; regionName?: string; source: { sector: string; label: string; table: string | null } }[];
    subsectors: { id: string }[];
    actorsByHelix: Record<string, { id: string }[]>;
    technologies: { id: string }[];
    policies: { id: string; level: string; issuer: string | null }[];
  };

  it('profiles the chemical sector: key figures, sub-sectors, actors by helix, technologies, policies', async () => {
    const { status, body } = await get<Profile>('/api/sectors/Sector:sector-chemistry/profile');
    expect(status).toBe(200);
    expect(body.figures).toEqual(expect.arrayContaining([expect.objectContaining({ metric: 'employees', value: 35991, printed: '35.991' })]));
    expect(body.subsectors.map((s) => s.id)).toEqual(expect.arrayContaining(['Sector:sector-pharma', 'Sector:sector-basic-chemistry']));
    expect(body.actorsByHelix.industry?.map((a) => a.id)).toContain('Actor:janssen-pharmaceutica');
    expect(body.technologies.map((t) => t.id)).toContain('Technology:tech-industrial-biotechnology');
    expect(body.policies.length).toBeGreaterThan(0);
    const missing = await get<Problem>('/api/sectors/Sector:nope/profile');
    expect(missing.status).toBe(404);
    const wrong = await get<Problem>('/api/sectors/Actor:vito/profile');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]?.field).toBe('id');
  });

  it('gathers the key figures of a sector from its sub-sectors, naming the sub-sector and the source table', async () => {
    const parent = await get<Profile>('/api/sectors/Sector:sector-chemistry-life-sciences/profile');
    const child = await get<Profile>('/api/sectors/Sector:sector-chemistry/profile');
    expect(child.body.figures.length).toBeGreaterThan(0);
    // Every figure of the sub-sector Chemie appears under its parent, labelled as Chemie's, with its table.
    const fromChemie = parent.body.figures.filter((f) => f.source.sector === 'Sector:sector-chemistry');
    expect(fromChemie.map((f) => f.metric).sort()).toEqual(child.body.figures.map((f) => f.metric).sort());
    for (const f of fromChemie) {
      expect(f.source.label).toBe('Chemie');
      expect(f.source.table).toMatch(/^Tabel \d+/);
      expect(f.regionName).toBeTruthy();
    }
    // A sub-sector's own profile calls its figures its own.
    expect(child.body.figures.every((f) => f.source.sector === 'Sector:sector-chemistry')).toBe(true);
  });

  type Alignment = { rows: { id: string; level: string }[]; columns: { id: string }[]; cells: { row: string; column: string; value: number; inferred: boolean }[] };

  it("builds the alignment matrix with a cell for each sector of the province's spearhead policy", async () => {
    const { status, body } = await get<Alignment>('/api/alignment?rows=policies');
    expect(status).toBe(200);
    const spearhead = 'Policy:policy-province-antwerp-spearhead';
    expect(body.rows.find((r) => r.id === spearhead)?.level).toBe('provincial');
    const [sectors] = await db.read<{ ids: string[] }>(`MATCH (:Policy {id: 'policy-province-antwerp-spearhead'})-[:PRIORITISES]->(s:Sector) RETURN collect('Sector:' + s.id) AS ids`);
    expect(body.cells.filter((c) => c.row === spearhead).map((c) => c.column).sort()).toEqual(sectors!.ids.sort());
    expect(body.cells.find((c) => c.row === spearhead && c.column === 'Sector:sector-chemistry-life-sciences')).toMatchObject({ value: 1 });
    const columns = new Set(body.columns.map((c) => c.id));
    expect(body.cells.every((c) => columns.has(c.column))).toBe(true);
    const regions = await get<Alignment>('/api/alignment?rows=regions');
    expect(regions.body.cells.find((c) => c.row === 'Region:province-antwerp' && c.column === 'Sector:sector-chemistry-life-sciences')?.value).toBeGreaterThanOrEqual(1);
    const bad = await get<Problem>('/api/alignment?rows=galaxies');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.field).toBe('rows');
  });
});
