import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expandBody } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { expand, expandHopByHop } from '../../server/explore/expand.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, fetchJson, startTestServer, type Problem } from '../support/http.ts';

interface Elements {
  nodes: { data: { id: string; type: string; helix?: string; label: string } }[];
  edges: { data: { id: string; source: string; target: string; type: string } }[];
}
type Expanded = Elements & { summary: { nodes: number; edges: number; cut: { nodes: number; reason: string } | null } };
type Paths = Elements & { paths: { nodes: string[]; edges: string[]; hops: number }[] };

describe('neighbourhood expansion and paths on the seeds', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const post = <T>(path: string, body: unknown) => fetchJson<T>(`${server.url}${path}`, body);
  const get = <T>(path: string) => fetchJson<T>(`${server.url}${path}`);
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('expands one hop around an actor to exactly its neighbours, without documents', async () => {
    const { status, body } = await post<Expanded>('/api/expand', { ids: ['Actor:janssen-pharmaceutica'] });
    expect(status).toBe(200);
    const [expected] = await db.read<{ ids: string[] }>(
      `MATCH (a:Actor {id: 'janssen-pharmaceutica'})-[r]-(b) WHERE type(r) <> 'MENTIONED_IN'
       RETURN collect(DISTINCT labels(b)[0] + ':' + b.id) AS ids`,
    );
    expect(body.nodes.map((n) => n.data.id).sort()).toEqual(['Actor:janssen-pharmaceutica', ...expected!.ids].sort());
    expect(body.nodes.some((n) => n.data.type === 'Document')).toBe(false);
    const ids = new Set(body.nodes.map((n) => n.data.id));
    expect(body.edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
    expect(body.summary).toEqual(expect.objectContaining({ nodes: body.nodes.length, edges: body.edges.length, cut: null }));
  });

  it('answers every link of the asked types among the expanded nodes, each once, hubs and links between neighbours included', async () => {
    // A region is a hub of the seeds: most of its links lead outside the answer; the links among
    // its neighbours (not touching the region) must all be there, and nothing else.
    for (const start of ['Region:province-antwerp', 'Actor:janssen-pharmaceutica']) {
      const { body } = await post<Expanded>('/api/expand', { ids: [start] });
      const ids = body.nodes.map((n) => n.data.id);
      const [expected] = await db.read<{ links: string[] }>(
        `MATCH (a)-[r]->(b)
         WHERE labels(a)[0] + ':' + a.id IN $ids AND labels(b)[0] + ':' + b.id IN $ids AND type(r) <> 'MENTIONED_IN'
         RETURN collect(labels(a)[0] + ':' + a.id + '|' + type(r) + '|' + labels(b)[0] + ':' + b.id) AS links`,
        { ids },
      );
      const answered = body.edges.map((e) => e.data.id);
      expect(answered.length, start).toBeGreaterThan(0);
      expect(new Set(answered).size, start).toBe(answered.length);
      expect([...answered].sort(), start).toEqual([...expected!.links].sort());
      expect(answered.some((id) => !id.startsWith(`${start}|`) && !id.endsWith(`|${start}`)), start).toBe(true);
    }
  });

  it('answers each link once when the same node is asked for twice', async () => {
    const once = await post<Expanded>('/api/expand', { ids: ['Actor:janssen-pharmaceutica'] });
    const twice = await post<Expanded>('/api/expand', { ids: ['Actor:janssen-pharmaceutica', 'Actor:janssen-pharmaceutica'] });
    expect(twice.status).toBe(200);
    expect(twice.body.edges.map((e) => e.data.id).sort()).toEqual(once.body.edges.map((e) => e.data.id).sort());
    expect(twice.body.nodes).toHaveLength(once.body.nodes.length);
  });

  it('filters by label, helix and relationship type', async () => {
    const { body } = await post<Expanded>('/api/expand', {
      ids: ['Actor:provinciebestuur-antwerpen'],
      labels: ['Actor'],
      helix: ['academia', 'industry'],
      relTypes: ['COLLABORATES_WITH'],
    });
    const others = body.nodes.filter((n) => n.data.id !== 'Actor:provinciebestuur-antwerpen');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((n) => n.data.type === 'Actor' && ['academia', 'industry'].includes(n.data.helix!))).toBe(true);
    expect(body.edges.every((e) => e.data.type === 'COLLABORATES_WITH')).toBe(true);
  });

  it('keeps only neighbours linked to a chosen sector', async () => {
    const { body } = await post<Expanded>('/api/expand', { ids: ['Region:province-antwerp'], hops: 2, labels: ['Actor', 'Region'], sectors: ['Sector:sector-chemistry'] });
    const actors = body.nodes.filter((n) => n.data.type === 'Actor').map((n) => n.data.id.slice('Actor:'.length));
    expect(actors.length).toBeGreaterThan(0);
    const [linked] = await db.read<{ ok: boolean }>(`RETURN all(id IN $ids WHERE EXISTS { (:Actor {id: id})--(:Sector {id: 'sector-chemistry'}) }) AS ok`, { ids: actors });
    expect(linked!.ok).toBe(true);
  });

  it('says what the node limit cut and keeps the best-linked neighbours', async () => {
    const start = 'Actor:provinciebestuur-antwerpen';
    const full = await post<Expanded>('/api/expand', { ids: [start] });
    expect(full.body.summary.cut).toBeNull();
    const { body } = await post<Expanded>('/api/expand', { ids: [start], limit: 6 });
    expect(body.nodes).toHaveLength(6);
    expect(body.nodes.map((n) => n.data.id)).toContain(start);
    expect(body.summary.cut?.nodes).toBe(full.body.nodes.length - 6);
    expect(body.summary.cut?.reason).toMatch(/limit of 6 nodes reached \(hop 1: kept 5 of \d+ neighbours\)/);
    // Seeded links carry no weight (each counts 1): relevance is the number of links to the
    // start, then the degree, so no dropped neighbour ranks above a kept one.
    const ranked = await db.read<{ id: string; links: number; degree: number }>(
      `MATCH (:Actor {id: 'provinciebestuur-antwerpen'})-[r]-(b) WHERE type(r) <> 'MENTIONED_IN'
       WITH b, count(r) AS links
       RETURN labels(b)[0] + ':' + b.id AS id, links, COUNT { (b)-[x]-() WHERE type(x) <> 'MENTIONED_IN' } AS degree`,
    );
    const kept = new Set(body.nodes.map((n) => n.data.id));
    const score = (d: { links: number; degree: number }) => d.links * 1e6 + d.degree;
    const keptMin = Math.min(...ranked.filter((d) => kept.has(d.id)).map(score));
    const droppedMax = Math.max(...ranked.filter((d) => !kept.has(d.id)).map(score));
    expect(keptMin).toBeGreaterThanOrEqual(droppedMax);
    const twoHops = await post<Expanded>('/api/expand', { ids: [start], hops: 2, limit: 10 });
    expect(twoHops.body.nodes).toHaveLength(10);
    expect(twoHops.body.summary.cut?.nodes).toBeGreaterThan(0);
  });

  it('answers one hop around nodes of one label in one query, exactly as hop by hop', async () => {
    const sorted = (a: Awaited<ReturnType<typeof expand>>) => ({
      nodes: [...a.nodes].sort((x, y) => x.data.id.localeCompare(y.data.id)),
      edges: [...a.edges].sort((x, y) => x.data.id.localeCompare(y.data.id)),
      summary: a.summary,
    });
    const asks = [
      { ids: ['Actor:janssen-pharmaceutica'] },
      { ids: ['Region:province-antwerp'] },
      { ids: ['Actor:provinciebestuur-antwerpen'], limit: 6 },
      { ids: ['Actor:provinciebestuur-antwerpen', 'Actor:janssen-pharmaceutica', 'Actor:janssen-pharmaceutica'], limit: 9 },
      { ids: ['Actor:provinciebestuur-antwerpen'], labels: ['Actor'], helix: ['academia', 'industry'], relTypes: ['COLLABORATES_WITH'] },
      { ids: ['Region:province-antwerp'], labels: ['Actor', 'Region'], sectors: ['Sector:sector-chemistry'] },
      { ids: ['Actor:janssen-pharmaceutica'], minWeight: 2 },
      { ids: ['Actor:janssen-pharmaceutica'], period: '2016-2019', undated: 'hide' },
      { ids: ['Actor:janssen-pharmaceutica'], limit: 1 },
    ];
    const reading = vi.spyOn(db, 'reading');
    try {
      for (const ask of asks) {
        const req = expandBody(2000).parse(ask);
        reading.mockClear();
        const one = await expand(db, req);
        // One query, no read transaction of several: the one-hop path answered.
        expect(reading, JSON.stringify(ask)).not.toHaveBeenCalled();
        expect(one.nodes.length, JSON.stringify(ask)).toBeGreaterThan(0);
        expect(sorted(one), JSON.stringify(ask)).toEqual(sorted(await expandHopByHop(db, req)));
      }
      // Starts of several labels, and a start that does not exist, take the general path.
      reading.mockClear();
      const mixed = expandBody(2000).parse({ ids: ['Actor:janssen-pharmaceutica', 'Region:province-antwerp'] });
      expect((await expand(db, mixed)).nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(mixed.ids));
      expect(reading).toHaveBeenCalledTimes(1);
      await expect(expand(db, expandBody(2000).parse({ ids: ['Actor:janssen-pharmaceutica', 'Actor:nobody'] }))).rejects.toThrow('no node Actor:nobody');
    } finally {
      reading.mockRestore();
    }
  });

  it('rejects bad expand input naming the field, and changes nothing', async () => {
    const before = await snapshot(db);
    for (const [body, field] of [
      [{ ids: [] }, 'ids'],
      [{ ids: ['Actor:janssen-pharmaceutica'], hops: 4 }, 'hops'],
      [{ ids: ['Actor:janssen-pharmaceutica'], limit: 0 }, 'limit'],
      [{ ids: ['Actor:janssen-pharmaceutica'], helix: ['aliens'] }, 'helix.0'],
      [{ ids: ['Actor:janssen-pharmaceutica'], relTypes: ['KNOWS'] }, 'relTypes.0'],
      [{ ids: ['Actor:janssen-pharmaceutica'], sectors: ['Actor:imec'] }, 'sectors.0'],
      [{ ids: ['Actor:janssen-pharmaceutica'], minWeight: 'heavy' }, 'minWeight'],
      [{ ids: ['Actor:janssen-pharmaceutica'], extra: 1 }, ''],
    ] as const) {
      const res = await post<Problem>('/api/expand', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.type).toMatch(/application\/problem\+json/);
      if (field) expect(res.body.errors.map((e) => e.field)).toContain(field);
    }
    const unknown = await post<Problem>('/api/expand', { ids: ['Actor:nobody'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('ids: no node Actor:nobody');
    expect(await snapshot(db)).toEqual(before);
  });

  const isChainOfExistingLinks = async (body: Paths, from: string, to: string) => {
    const edgeById = new Map(body.edges.map((e) => [e.data.id, e.data]));
    for (const p of body.paths) {
      expect(p.nodes[0]).toBe(from);
      expect(p.nodes.at(-1)).toBe(to);
      expect(new Set(p.nodes).size).toBe(p.nodes.length);
      expect(p.edges).toHaveLength(p.hops);
      expect(p.hops).toBe(p.nodes.length - 1);
      for (let i = 0; i < p.hops; i++) {
        const e = edgeById.get(p.edges[i]!)!;
        expect([e.source, e.target].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort());
        const [a, b] = [e.source, e.target].map((id) => id.split(':'));
        const [exists] = await db.read<{ n: number }>(`MATCH (a {id: $a})-[r]->(b {id: $b}) WHERE type(r) = $type AND $la IN labels(a) AND $lb IN labels(b) RETURN count(r) AS n`, {
          a: a![1],
          b: b![1],
          la: a![0],
          lb: b![0],
          type: e.type,
        });
        expect(exists!.n, e.id).toBe(1);
      }
    }
  };

  it('finds k shortest paths between two seeded actors as chains of existing links, shortest first', async () => {
    const from = 'Actor:janssen-pharmaceutica';
    const to = 'Actor:vito';
    const { status, body } = await get<Paths>(`/api/paths?from=${from}&to=${to}&k=5&maxHops=4`);
    expect(status).toBe(200);
    expect(body.paths.length).toBe(5);
    const hops = body.paths.map((p) => p.hops);
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    expect(Math.max(...hops)).toBeLessThanOrEqual(4);
    await isChainOfExistingLinks(body, from, to);
    const nodeIds = new Set(body.nodes.map((n) => n.data.id));
    expect(body.paths.flatMap((p) => p.nodes).every((id) => nodeIds.has(id))).toBe(true);
  });

  it('goes only through collaboration links, or around a helix, when asked', async () => {
    const from = 'Actor:janssen-pharmaceutica';
    const to = 'Actor:vito';
    const collab = await get<Paths>(`/api/paths?from=${from}&to=${to}&k=3&only=collaboration`);
    expect(collab.body.paths[0]?.nodes).toEqual(['Actor:janssen-pharmaceutica', 'Actor:universiteit-antwerpen', 'Actor:provinciebestuur-antwerpen', 'Actor:vito']);
    expect(collab.body.edges.every((e) => e.data.type === 'COLLABORATES_WITH')).toBe(true);
    await isChainOfExistingLinks(collab.body, from, to);
    const avoid = await get<Paths>(`/api/paths?from=${from}&to=${to}&k=5&avoidHelix=government`);
    expect(avoid.body.paths.length).toBeGreaterThan(0);
    const helixOf = new Map(avoid.body.nodes.map((n) => [n.data.id, n.data.helix]));
    expect(avoid.body.paths.every((p) => p.nodes.slice(1, -1).every((id) => helixOf.get(id) !== 'government'))).toBe(true);
  });

  it('rejects bad path input naming the field', async () => {
    for (const [query, status, field] of [
      ['from=Actor:vito&to=Actor:imec&k=6', 400, 'k'],
      ['from=Actor:vito&to=Actor:imec&maxHops=7', 400, 'maxHops'],
      ['from=Actor:vito&to=Actor:imec&only=everything', 400, 'only'],
      ['from=Actor:vito&to=Actor:imec&avoidHelix=martians', 400, 'avoidHelix.0'],
      ['from=vito&to=Actor:imec', 400, 'from'],
      ['from=Actor:vito&to=Actor:vito', 400, 'to'],
      ['from=Actor:vito&to=Actor:nobody', 404, 'to'],
    ] as const) {
      const res = await get<Problem>(`/api/paths?${query}`);
      expect(res.status, query).toBe(status);
      expect(res.type).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e) => e.field), query).toContain(field);
    }
  });
});
