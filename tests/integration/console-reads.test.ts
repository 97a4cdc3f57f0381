import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, startTestServer } from '../support/http.ts';

interface Answer {
  columns: string[];
  rows: Record<string, unknown>[];
  elements: { nodes: { data: { id: string; type: string; label: string } }[]; edges: { data: { source: string; target: string; type: string } }[] };
  summary: { rows: number; nodes: number; edges: number; planMs: number; runMs: number; truncated?: { by: string; message: string } };
}
interface Problem {
  title: string;
  detail: string;
  code?: string;
  position?: { line: number; column: number; offset: number };
}

const TOKEN = 'console-test-token-0123456789';

describe('the Cypher console on the seeds', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const run = async (query: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
    const res = await fetch(`${server.url}/api/console/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params, ...extra }) });
    return { status: res.status, body: (await res.json()) as Answer & Problem };
  };
  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_API_TOKEN: TOKEN, HELIX_RESULT_LIMIT: '200' }));
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('answers reads of many shapes: scalars, nodes, relationships, paths, lists, maps, aggregates', async () => {
    const scalar = await run('RETURN 1 AS one, 1.5 AS half, "tekst é ü" AS s, null AS nothing, true AS yes');
    expect(scalar.status).toBe(200);
    expect(scalar.body.rows).toEqual([{ one: 1, half: 1.5, s: 'tekst é ü', nothing: null, yes: true }]);
    expect(scalar.body.columns).toEqual(['one', 'half', 's', 'nothing', 'yes']);

    const nodes = await run("MATCH (a:Actor {id: 'universiteit-antwerpen'})-[r]-(b) RETURN a, r, b LIMIT 5");
    expect(nodes.status).toBe(200);
    expect(nodes.body.rows[0]?.a).toMatchObject({ $type: 'node', labels: ['Actor'], properties: { id: 'universiteit-antwerpen', helix: 'academia' } });
    expect(nodes.body.rows[0]?.r).toMatchObject({ $type: 'relationship' });
    expect(nodes.body.elements.nodes.map((n) => n.data.id)).toContain('Actor:universiteit-antwerpen');
    expect(nodes.body.elements.edges.length).toBeGreaterThan(0);

    const path = await run("MATCH p = (a:Actor {id: 'universiteit-antwerpen'})-[*1..2]-(b:Sector) RETURN p LIMIT 3");
    expect(path.status).toBe(200);
    const p = path.body.rows[0]?.p as { $type: string; nodes: unknown[]; relationships: unknown[] };
    expect(p.$type).toBe('path');
    expect(p.nodes.length).toBe(p.relationships.length + 1);
    expect(path.body.summary.edges).toBeGreaterThan(0);

    const agg = await run('MATCH (a:Actor) RETURN a.helix AS helix, count(*) AS n, collect(a.id)[0..2] AS some ORDER BY n DESC');
    expect(agg.body.rows.length).toBeGreaterThanOrEqual(4);
    expect(typeof agg.body.rows[0]?.n).toBe('number');

    const map = await run("MATCH (a:Actor {id: 'universiteit-antwerpen'}) RETURN a {.id, .helix, partners: COUNT { (a)--(:Actor) }} AS m");
    expect(map.body.rows[0]?.m).toMatchObject({ id: 'universiteit-antwerpen', helix: 'academia' });

    const subqueries = await run('MATCH (s:Sector) WHERE EXISTS { (s)<-[:ACTIVE_IN]-(:Actor) } CALL (s) { MATCH (s)<-[:ACTIVE_IN]-(a) RETURN count(a) AS actors } RETURN s.id, actors ORDER BY actors DESC LIMIT 3 UNION RETURN "none" AS `s.id`, 0 AS actors');
    expect(subqueries.status).toBe(200);
    expect(subqueries.body.rows.length).toBe(4);
  });

  it('returns integers beyond 2^53 exactly as strings, temporal values as ISO 8601, points as coordinates', async () => {
    const { body } = await run('RETURN 9007199254740993 AS big, 9223372036854775807 AS max, 42 AS small, date("2024-02-29") AS d, datetime("2024-02-29T10:15:00Z") AS dt, duration("P1Y2M") AS dur, point({latitude: 51.2, longitude: 4.4}) AS where');
    expect(body.rows[0]).toEqual({ big: '9007199254740993', max: '9223372036854775807', small: 42, d: '2024-02-29', dt: '2024-02-29T10:15:00Z', dur: 'P1Y2M', where: { $type: 'point', srid: 4326, x: 4.4, y: 51.2 } });
  });

  it('runs the allowed procedures and the full-text index, and takes JSON parameters (integers stay integers)', async () => {
    const labels = await run('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.body.rows.map((r) => r.label)).toContain('Actor');
    const fulltext = await run("CALL db.index.fulltext.queryNodes('names', $q) YIELD node, score RETURN node.id AS id LIMIT $n", { q: 'antwerpen', n: 3 });
    expect(fulltext.status).toBe(200);
    expect(fulltext.body.rows.length).toBe(3);
    const listParam = await run('MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id ORDER BY id', { ids: ['universiteit-antwerpen', 'nope'] });
    expect(listParam.body.rows).toEqual([{ id: 'universiteit-antwerpen' }]);
  });

  it('cuts the result at the row limit and says so', async () => {
    const { body } = await run('MATCH (n) RETURN n.id AS id');
    expect(body.rows).toHaveLength(200);
    expect(body.summary.truncated).toMatchObject({ by: 'rows' });
    expect(body.summary.truncated?.message).toMatch(/cut at 200 rows/);
    const fewer = await run('MATCH (n) RETURN n.id AS id', {}, { maxRows: 10 });
    expect(fewer.body.rows).toHaveLength(10);
    const over = await run('RETURN 1', {}, { maxRows: 201 });
    expect(over.status).toBe(400);
    expect(over.body.detail).toMatch(/^maxRows: /);
  });

  it('reports syntax errors with Neo4j’s code and the position in the researcher’s text', async () => {
    const { status, body } = await run('MATCH (a:Actor)\nRETURN a.name AS name ORDER BY');
    expect(status).toBe(400);
    expect(body.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(body.position).toMatchObject({ line: 2 });
    expect(body.position!.offset).toBeGreaterThan(16);
    expect(body.detail).toContain(`line 2, column ${body.position!.column}`);
    const unknown = await run('MATCH (a:Actor) RETURN b');
    expect(unknown.body.position).toEqual({ line: 1, column: 24, offset: 23 });
  });

  it('reports runtime errors with Neo4j’s code', async () => {
    const { status, body } = await run('UNWIND [1, 0] AS x RETURN 10 / x');
    expect(status).toBe(400);
    expect(body.code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect(body.detail).toMatch(/by zero/);
  });

  it('serves the live schema for autocompletion, with only allowed procedures', async () => {
    const schema = (await (await fetch(`${server.url}/api/console/schema`)).json()) as { labels: string[]; relationshipTypes: string[]; propertyKeys: string[]; procedures: { name: string; signature: string }[]; functions: { name: string }[] };
    expect(schema.labels).toEqual(expect.arrayContaining(['Actor', 'Sector', 'Policy']));
    expect(schema.relationshipTypes).toContain('COLLABORATES_WITH');
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(['helix', 'nameEn']));
    expect(schema.procedures.map((p) => p.name)).toEqual(expect.arrayContaining(['db.labels', 'db.index.fulltext.queryNodes']));
    expect(schema.procedures.some((p) => p.name.startsWith('dbms.') || p.name === 'db.createLabel')).toBe(false);
    expect(schema.functions.map((f) => f.name)).toEqual(expect.arrayContaining(['toUpper', 'date.truncate']));
  });

  it('runs every example of the library against the seeds, and each returns rows', async () => {
    const { examples } = (await (await fetch(`${server.url}/api/console/examples`)).json()) as { examples: { name: string; title: string; description: string; query: string }[] };
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const title of ['bridging industry and academia', 'share the most actors', 'prioritise chemistry', 'company to a university', 'no link outside their own helix']) {
      expect(examples.some((e) => e.title.includes(title)), title).toBe(true);
    }
    for (const ex of examples) {
      const { status, body } = await run(ex.query);
      expect(status, `${ex.name}: ${body.detail}`).toBe(200);
      expect(body.rows.length, ex.name).toBeGreaterThan(0);
    }
    const path = await run(examples.find((e) => e.name === 'company-to-university-path')!.query);
    expect(path.body.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['Actor:general-motors-antwerpen', 'Actor:universiteit-antwerpen']));
  });

  it('keeps saved queries in Neo4j: listing is open, saving and deleting need the token', async () => {
    const before = await snapshot(db);
    const save = (headers: Record<string, string>, body: unknown) =>
      fetch(`${server.url}/api/saved-queries`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const query = { title: 'Universities', description: 'All universities', query: "MATCH (a:Actor {kind: 'university'}) RETURN a", params: { n: 3 } };
    expect((await save({}, query)).status).toBe(401);
    expect((await snapshot(db))).toEqual(before);
    const bad = await save({ authorization: `Bearer ${TOKEN}` }, { ...query, title: '', extra: 1 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Problem).detail).toMatch(/title/);
    const created = await save({ authorization: `Bearer ${TOKEN}` }, query);
    expect(created.status).toBe(201);
    const saved = (await created.json()) as { id: string; title: string; params: unknown };
    expect(saved).toMatchObject({ title: 'Universities', params: { n: 3 } });
    const list = (await (await fetch(`${server.url}/api/saved-queries`)).json()) as { writable: boolean; items: { id: string }[] };
    expect(list.writable).toBe(true);
    expect(list.items.map((i) => i.id)).toContain(saved.id);
    expect((await fetch(`${server.url}/api/saved-queries/${saved.id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(`${server.url}/api/saved-queries/${saved.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(204);
    expect((await fetch(`${server.url}/api/saved-queries/${saved.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    expect(await snapshot(db)).toEqual(before);
  });

  it('says saved queries stay in the browser when no token is configured', async () => {
    const open = await startTestServer(db);
    try {
      const list = (await (await fetch(`${open.url}/api/saved-queries`)).json()) as { writable: boolean };
      expect(list.writable).toBe(false);
      const res = await fetch(`${open.url}/api/saved-queries`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 't', query: 'RETURN 1' }) });
      expect(res.status).toBe(403);
    } finally {
      await open.close();
    }
  });
});
