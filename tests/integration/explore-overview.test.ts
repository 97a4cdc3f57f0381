import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { fetchJson, startSeededServer, type startTestServer } from '../support/http.ts';

// Issue 16, point 3: the Explorer's first screen is the overview's most connected nodes, ranked by
// the server, with how many there are in all so the screen can say "80 of 398" and offer the rest.

describe('the overview, most connected first', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const get = <T>(path: string) => fetchJson<T>(`${server.url}${path}`);
  let degree: Map<string, number>;
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    const rows = await db.read<{ id: string; degree: number }>(
      `MATCH (n) WHERE n:Actor OR n:Sector OR n:Technology OR n:Region OR n:Policy OR n:Project
       RETURN labels(n)[0] + ':' + n.id AS id, COUNT { (n)--() } AS degree`,
    );
    degree = new Map(rows.map((r) => [r.id, Number(r.degree)]));
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('answers the most connected nodes first, in order, and how many there are in all', async () => {
    const { status, body } = await get<Overview>('/api/overview?limit=20');
    expect(status).toBe(200);
    expect(body.nodes).toHaveLength(20);
    expect(body.summary).toMatchObject({ nodes: 20, limit: 20, truncated: true, total: degree.size });
    const shown = body.nodes.map((n) => degree.get(n.data.id)!);
    expect(shown.every((d) => d !== undefined)).toBe(true);
    // in order of degree, and none left out is more connected than the least connected shown
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    const kept = new Set(body.nodes.map((n) => n.data.id));
    const left = [...degree].filter(([id]) => !kept.has(id)).map(([, d]) => d);
    expect(Math.max(...left)).toBeLessThanOrEqual(Math.min(...shown));
    // the links are those among the nodes shown
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e) => kept.has(e.data.source) && kept.has(e.data.target))).toBe(true);
    // the same question gives the same screen, so a link reopens it
    expect((await get<Overview>('/api/overview?limit=20')).body.nodes.map((n) => n.data.id)).toEqual(body.nodes.map((n) => n.data.id));
  });

  it('says nothing is left out when everything fits', async () => {
    const { body } = await get<Overview>(`/api/overview?limit=${degree.size + 5}`);
    expect(body.nodes).toHaveLength(degree.size);
    expect(body.summary).toMatchObject({ truncated: false, total: degree.size });
  });
});
