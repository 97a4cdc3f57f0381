import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, startTestServer } from '../support/http.ts';

// Random and malformed input at every endpoint the OpenAPI document lists: query strings, path
// ids, JSON bodies, broken JSON and odd headers. Nothing may answer 5xx, the server must keep
// answering, and the graph must not change (no token is configured, so writes are off).

const RUNS = Number(process.env.HELIX_FUZZ_RUNS ?? 300);

interface Operation {
  parameters?: { name: string; in: 'query' | 'path' }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
}
type Doc = { paths: Record<string, Record<string, Operation>> };

const nasty = fc.constantFrom('', ' ', '-1', '0', '1e309', 'NaN', 'null', 'true', '[]', '{}', "' OR 1=1 --", '`) DETACH DELETE n //', '$x', '%00', '\u0000', '../../etc/passwd', 'Actor:', ':', 'Actor:voka', 'Sector:', 'x'.repeat(5000), '🦄', '\uD800');
const text = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.integer().map(String), fc.double().map(String));
const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 3 }), text, fc.array(text, { maxLength: 5 }), fc.integer({ min: -1e9, max: 1e9 }));

// A lone surrogate cannot be percent-encoded; its UTF-8 bytes, invalid on their own, are sent instead.
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

const queryString = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...(names.length ? names : ['q'])), fc.string({ maxLength: 10 })), text), { maxLength: 5 })
    .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'));

const body = (names: string[]) =>
  fc.oneof(
    fc.dictionary(fc.oneof(fc.constantFrom(...(names.length ? names : ['x'])), fc.string({ maxLength: 8 })), jsonish, { maxKeys: 5 }).map((b) => JSON.stringify(b)),
    jsonish.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 60 }),
    fc.constantFrom('{', '{"query":', '[1,2', '{"a":1}}', 'null', '""', '\u0000'),
  );

const headers = fc.record({
  'content-type': fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', ''),
  authorization: fc.constantFrom('', 'Bearer ', 'Bearer x', 'Basic abc', 'Bearer ' + 'a'.repeat(3000)),
  'x-request-id': fc.constantFrom('', 'mine', '../../x'),
});

describe('fuzzing every endpoint with random and malformed input', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let doc: Doc;
  let before: string[];
  let sent = 0;
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Doc;
    before = await snapshot(db);
  });
  afterAll(async () => {
    console.log(`fuzz: ${sent} requests`);
    await server.close();
    await db.close();
  });

  const expectSane = async (res: Response, what: string) => {
    sent++;
    const text = await res.text();
    if (res.status >= 500) throw new Error(`${what} answered ${res.status}: ${text.slice(0, 300)}`);
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  };

  it('lists the endpoints to fuzz', () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(20);
  });

  it('answers no 5xx to any of them, stays up, and leaves the graph unchanged', async () => {
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const bodyNames = Object.keys(op.requestBody?.content['application/json']?.schema.properties ?? {});
        const path = fc.record(Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, fc.oneof(text, fc.constantFrom('Actor:voka', 'Sector:logistiek'))])));
        await fc.assert(
          fc.asyncProperty(path, queryString(queryNames), body(bodyNames), headers, async (ids, query, payload, hdrs) => {
            const url = route.replace(/\{(\w+)\}/g, (_m, name: string) => encode(ids[name] ?? '') || '%20');
            const init: RequestInit = { method: method.toUpperCase(), headers: Object.fromEntries(Object.entries(hdrs).filter(([, v]) => v !== '')) };
            if (method !== 'get') init.body = payload;
            await expectSane(await fetch(`${server.url}${url}?${query}`, init), `${method.toUpperCase()} ${url}?${query}`);
          }),
          { numRuns: RUNS },
        );
      }
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await snapshot(db)).toEqual(before);
  }, 1_800_000);
});
