import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, startTestServer } from '../support/http.ts';

// Random and malformed input at every operation the OpenAPI document lists: query strings, path
// ids, JSON bodies (broken, oversized, nested thousands of levels deep, unicode edge cases),
// odd headers, and, with the token, uploads of bad files to the import endpoints. Nothing may
// answer 5xx, the server must keep answering, and the graph must not change. The requests are
// generated from fixed seeds (the same ones every run) and sent four at a time.

const PER_OPERATION = Number(process.env.HELIX_FUZZ_RUNS ?? 360);
const UPLOADS = Number(process.env.HELIX_FUZZ_UPLOADS ?? 400);
const TOKEN = 'fuzz-test-token-0123456789abcdef';
const CONCURRENCY = 4;

interface Operation {
  parameters?: { name: string; in: 'query' | 'path' }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
}
type Doc = { paths: Record<string, Record<string, Operation>> };

/** Strings that have broken parsers: lone surrogates, NUL, direction marks, BOMs, combining marks, very long ones. */
const unicodeEdge = fc.constantFrom(
  '\uD800', '\uDFFF', 'a\uDC00b', '\u0000', 'x\u0000y', '\u202Eevil\u202C', '\u200F\u200E', '\uFEFF', 'e\u0301\u0301\u0301', '\u{10FFFF}', '\uFFFE',
  '𝕳𝖊𝖑𝖎𝖝', '🦄'.repeat(2000), 'ä'.repeat(70_000), 'x'.repeat(300_000), '\r\n\t\v\f', '%', '%%ZZ', '\\', '"', "'", '`',
);
const nasty = fc.constantFrom('', ' ', '-1', '0', '1e309', 'NaN', 'null', 'true', '[]', '{}', "' OR 1=1 --", '`) DETACH DELETE n //', '$x', '%00', '../../etc/passwd', 'Actor:', ':', 'Actor:voka', 'Sector:', 'x'.repeat(5000));
const text = fc.oneof(nasty, unicodeEdge, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.integer().map(String), fc.double().map(String));
const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 3 }), text, fc.array(text, { maxLength: 5 }), fc.integer({ min: -1e9, max: 1e9 }));

/** A value nested `depth` levels deep, as JSON text (built without recursion). */
const nested = fc.tuple(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth));

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
    .array(fc.tuple(fc.oneof(fc.constantFrom(...(names.length ? names : ['q'])), fc.string({ maxLength: 10 }), fc.constantFrom('a[b][c][d][e][f][g]', 'q[]', '__proto__', 'constructor[prototype]')), text), { maxLength: 5 })
    .map((pairs) => pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&'));

const body = (names: string[]) => {
  const field = fc.constantFrom(...(names.length ? names : ['x']));
  return fc.oneof(
    { weight: 4, arbitrary: fc.dictionary(fc.oneof(field, fc.string({ maxLength: 8 })), jsonish, { maxKeys: 5 }).map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: jsonish.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"query":', '[1,2', '{"a":1}}', 'null', '""', '\u0000', '{"__proto__":{"admin":true}}', '{"a":1,"a":2}') },
    // Deep nesting, at the top and inside a field the endpoint reads.
    { weight: 2, arbitrary: nested },
    { weight: 2, arbitrary: fc.tuple(field, nested).map(([f, n]) => `{"${f}":${n}}`) },
    { weight: 1, arbitrary: fc.tuple(field, nested).map(([f, n]) => `{"query":"RETURN $p","params":{"${f}":${n}}}`) },
    // Past the 1 MB limit.
    { weight: 1, arbitrary: fc.constantFrom(`{"q":"${'x'.repeat(1_100_000)}"}`, `[${'1,'.repeat(600_000)}1]`) },
    { weight: 2, arbitrary: fc.tuple(field, unicodeEdge).map(([f, u]) => `{"${f}":${JSON.stringify(u)}}`) },
    // Invalid UTF-8 and escaped lone surrogates.
    { weight: 1, arbitrary: fc.constantFrom('{"query":"\\ud800"}', '{"title":"\\udfff\\u0000"}', '{"ids":["\\ud83d"]}') },
  );
};

const headers = fc.record({
  'content-type': fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', ''),
  authorization: fc.constantFrom('', '', 'Bearer ', 'Bearer x', 'Basic abc', 'Bearer ' + 'a'.repeat(3000), `Bearer ${TOKEN}x`),
  'x-request-id': fc.constantFrom('', 'mine', '../../x', 'x'.repeat(500)),
});

/** Files an import must refuse: wrong names, broken CSV, binary, NUL bytes, deep JSON, rows with bad values. */
const badFile = fc.record({
  name: fc.oneof(
    fc.constantFrom('actors.csv', 'actors.json', 'projects.csv', 'COLLABORATES_WITH.csv', 'organizations.csv', 'projects.json', 'organization-names.csv'),
    fc.constantFrom('../../etc/passwd', 'x.exe', '', '.csv', 'a'.repeat(300) + '.csv', '\u202Efdp.csv', 'acteurs\u0000.csv'),
    fc.string({ maxLength: 12 }).map((s) => `${s}.csv`),
  ),
  content: fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('', '\u0000\u0000\u0000', 'id,name\n', 'id,name,helix\n"unterminated', '\uFEFFid;name\r\nx;y', 'id,name,helix,kind,country\nbad,Bad,business,company,BE\n', 'id,name,helix,kind,country\n,,,,\n'),
    fc.constantFrom('{"rows":', '[]', '[{"id":{"nested":true}}]'),
    nested,
    unicodeEdge.map((u) => `id,name,helix,kind,country\nx,${u},industry,company,BE\n`),
  ),
});

const upload = fc.record({
  path: fc.constantFrom('/api/import', '/api/import/cordis'),
  query: fc.constantFrom('', 'dryRun=true', 'dryRun=false', 'dryRun=maybe', 'maxConsortium=-1', 'maxConsortium=1e9'),
  files: fc.array(badFile, { minLength: 0, maxLength: 4 }),
  field: fc.constantFrom('files', 'files', 'file', ''),
});

async function pool<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe('fuzzing every operation with random and malformed input', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let doc: Doc;
  let before: string[];
  let sent = 0;
  const failures: string[] = [];
  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_API_TOKEN: TOKEN, HELIX_CONSOLE_TIMEOUT_MS: '2000' }));
    doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Doc;
    before = await snapshot(db);
  });
  afterAll(async () => {
    console.log(`fuzz: ${sent} requests, ${failures.length} answered 5xx`);
    await server?.close();
    await db?.close();
  });

  const send = async (url: string, init: RequestInit, what: string) => {
    sent++;
    let res: Response;
    try {
      res = await fetch(`${server.url}${url}`, init);
    } catch (err) {
      failures.push(`${what}: no answer (${(err as Error).message})`);
      return;
    }
    const answer = await res.text();
    if (res.status >= 500) failures.push(`${what} answered ${res.status}: ${answer.slice(0, 300)}`);
    else if (/\n\s+at .+:\d+:\d+/.test(answer)) failures.push(`${what} showed a stack trace`);
  };

  it('lists the operations to fuzz', () => {
    expect(Object.values(doc.paths).flatMap((m) => Object.keys(m)).length).toBeGreaterThanOrEqual(25);
  });

  it('answers no 5xx to any of 10,000+ requests, stays up, and leaves the graph unchanged', async () => {
    const requests: { url: string; init: RequestInit; what: string }[] = [];
    let seed = 17;
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const bodyNames = Object.keys(op.requestBody?.content['application/json']?.schema.properties ?? {});
        const path = fc.record(Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, fc.oneof(text, fc.constantFrom('Actor:voka', 'Sector:logistiek'))])));
        // Write operations are also sent with the token, so their validation is fuzzed too.
        const authorised = fc.constantFrom(...(op.requestBody || method === 'delete' ? [false, true] : [false]));
        const cases = fc.sample(fc.tuple(path, queryString(queryNames), body(bodyNames), headers, authorised), { seed: seed++, numRuns: PER_OPERATION });
        for (const [ids, query, payload, hdrs, withToken] of cases) {
          const url = route.replace(/\{(\w+)\}/g, (_m, name: string) => encode(ids[name] ?? '') || '%20');
          const h: Record<string, string> = Object.fromEntries(Object.entries(hdrs).filter(([, v]) => v !== ''));
          if (withToken) h.authorization = `Bearer ${TOKEN}`;
          const init: RequestInit = { method: method.toUpperCase(), headers: h };
          // With the token, a saved query must not be valid, or it would be saved: an unknown field makes sure.
          if (method !== 'get') init.body = withToken && route === '/api/saved-queries' && method === 'post' ? `{"unknownField":1,${payload.startsWith('{') ? payload.slice(1) : '"x":1}'}` : payload;
          requests.push({ url: `${url}?${query}`, init, what: `${method.toUpperCase()} ${url.slice(0, 200)}?${query.slice(0, 200)}` });
        }
      }
    }
    // Bodies that are not UTF-8: a lone surrogate's bytes, a cut multi-byte character, Latin-1.
    const rawBodies = [[0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d], [0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xe2, 0x82, 0x22, 0x7d], [0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]];
    for (const [route, methods] of Object.entries(doc.paths)) {
      if (!methods.post?.requestBody?.content['application/json']) continue;
      for (const bytes of rawBodies) requests.push({ url: route, init: { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: new Uint8Array(bytes) }, what: `POST ${route} with bytes ${bytes.join(',')}` });
    }
    for (const u of fc.sample(upload, { seed, numRuns: UPLOADS })) {
      const form = new FormData();
      for (const f of u.files) form.append(u.field, new Blob([f.content], { type: 'text/csv' }), f.name);
      requests.push({ url: `${u.path}?${u.query}`, init: { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } }, what: `POST ${u.path}?${u.query} with ${u.files.map((f) => f.name.slice(0, 40)).join(', ')}` });
    }
    await pool(requests, (r) => send(r.url, r.init, r.what));

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    // An import of files with no rows may still be finishing: its lease goes when it is done.
    await expect.poll(async () => (await db.read('MATCH (l:ImportLock) RETURN count(l) AS n'))[0]!.n, { timeout: 60_000, interval: 500 }).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  }, 900_000);
});
