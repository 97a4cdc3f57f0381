import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { snapshot, testDb } from '../support/db.ts';
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
      expect(doc.paths['/api/overview']?.get?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:limit', 'query:period', 'query:undated']);
    } finally {
      await server.close();
      await db.close();
    }
  });
});

describe('HTTP safety: request ids, headers, limits, CORS, rate limits, read tokens', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const token = 'a-test-token-of-enough-length';
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });
  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('puts the X-Request-Id of every problem answer into its body, so the log line can be found', async () => {
    for (const res of [await fetch(`${server.url}/api/nothing-here`), await fetch(`${server.url}/api/overview?limit=-3`), await post(`${server.url}/api/expand`, '{"ids": [')]) {
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(((await res.json()) as { requestId: string }).requestId).toBe(id);
    }
  });

  it('answers malformed JSON with a 400 that shows no stack trace or server path', async () => {
    const res = await post(`${server.url}/api/expand`, '{"ids": [}');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/\bat \S+ \(|node_modules|\/work\/|\.ts:\d+/);
  });

  it('refuses a JSON body over 1 MB with 413 problem+json and changes nothing', async () => {
    const before = await snapshot(db);
    const res = await post(`${server.url}/api/console/query`, JSON.stringify({ query: 'RETURN 1', params: { big: 'x'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as { title: string }).title).toBe('Payload Too Large');
    expect(await snapshot(db)).toEqual(before);
  });

  it('sends security headers with a Content-Security-Policy for the client', async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('keeps CORS closed by default and opens it only to the configured origins', async () => {
    const closed = await fetch(`${server.url}/api/schema`, { headers: { origin: 'https://elsewhere.example' } });
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const open = await startTestServer(db, { HELIX_CORS_ORIGINS: 'https://partner.example, https://other.example' });
    try {
      const allowed = await fetch(`${open.url}/api/schema`, { headers: { origin: 'https://partner.example' } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
      const preflight = await fetch(`${open.url}/api/expand`, { method: 'OPTIONS', headers: { origin: 'https://other.example', 'access-control-request-method': 'POST' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      const refused = await fetch(`${open.url}/api/schema`, { headers: { origin: 'https://elsewhere.example' } });
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('limits the expensive endpoints per client with 429 and Retry-After, and leaves the others alone', async () => {
    const limited = await startTestServer(db, { HELIX_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const run = () => post(`${limited.url}/api/console/query`, JSON.stringify({ query: 'RETURN 1 AS one' }));
      for (let i = 0; i < 3; i++) expect((await run()).status).toBe(200);
      const refused = await run();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { detail: string }).detail).toContain('HELIX_RATE_LIMIT_PER_MINUTE');
      // Another expensive endpoint has its own budget; cheap ones have none.
      expect((await fetch(`${limited.url}/api/paths?from=${encodeURIComponent('Actor:voka')}&to=${encodeURIComponent('Actor:voka')}`)).status).not.toBe(429);
      for (let i = 0; i < 5; i++) expect((await fetch(`${limited.url}/api/search?q=antwerpen`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('can require the token for reads too, while health stays open', async () => {
    const locked = await startTestServer(db, { HELIX_API_TOKEN: token, HELIX_REQUIRE_TOKEN_FOR_READS: 'true' });
    try {
      const anonymous = await fetch(`${locked.url}/api/overview`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect((await fetch(`${locked.url}/api/overview`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(`${locked.url}/api/overview`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
      expect((await fetch(`${locked.url}/api/health`)).status).toBe(200);
    } finally {
      await locked.close();
    }
  });
});
