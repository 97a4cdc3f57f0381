import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { testDb } from '../support/db.ts';
import { startSeededServer, startTestServer } from '../support/http.ts';

describe('HTTP API on a real Neo4j', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('reports health: the app version, Neo4j 5.26 reachable, and counts per label', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { status: string; version: string; neo4j: { reachable: boolean; version: string; edition: string }; counts: { nodes: Record<string, number> } };
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(body.neo4j).toMatchObject({ reachable: true, edition: 'community' });
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    const [docs] = await db.read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
    expect(body.counts.nodes.Document).toBe(docs?.n);
    expect(body.counts.nodes.Document).toBe(5);
  });

  it('serves the seeded graph in the Cytoscape shape, coloured by helix', async () => {
    const res = await fetch(`${server.url}/api/overview?limit=5000`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      nodes: { data: { id: string; label: string; type: string; helix?: string } }[];
      edges: { data: { id: string; source: string; target: string; type: string } }[];
      summary: { nodes: number; edges: number };
    };
    const [actors] = await db.read<{ n: number }>('MATCH (a:Actor) RETURN count(a) AS n');
    expect(body.nodes.filter((n) => n.data.type === 'Actor')).toHaveLength(actors!.n);
    expect(body.nodes.filter((n) => n.data.type === 'Actor').every((n) => n.data.helix)).toBe(true);
    expect(body.nodes.some((n) => n.data.type === 'Document')).toBe(false);
    const ids = new Set(body.nodes.map((n) => n.data.id));
    expect(body.edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
    expect(body.summary).toMatchObject({ nodes: body.nodes.length, edges: body.edges.length });
  });

  it('answers a bad parameter with problem+json naming the field', async () => {
    const res = await fetch(`${server.url}/api/overview?limit=-3`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await res.json()) as { detail: string; errors: { field: string }[] };
    expect(body.errors[0]?.field).toBe('limit');
    expect(body.detail).toMatch(/^limit: /);
    const unknown = await fetch(`${server.url}/api/overview?limt=3`);
    expect(unknown.status).toBe(400);
  });

  it('answers an unknown endpoint with 404 problem+json', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as { detail: string }).detail).toBe('no API endpoint GET /api/nothing-here');
  });
});

describe('OpenAPI document', () => {
  it('documents every endpoint with its parameters', async () => {
    const db = testDb();
    const server = await startTestServer(db);
    try {
      const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
      };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/overview', '/api/openapi.json']));
      expect(doc.paths['/api/overview']?.get?.parameters).toEqual([expect.objectContaining({ name: 'limit', in: 'query' })]);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
