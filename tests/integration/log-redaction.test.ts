import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { createLogger } from '../../server/logger.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { testDb, wipe } from '../support/db.ts';
import { startTestServer } from '../support/http.ts';

// The app's real logger, writing to a stream the test reads: whatever a request carries, the
// token never reaches the log.
const TOKEN = 'log-secret-token-7f3a9c2e51d84b06';

async function exampleFiles(): Promise<FormData> {
  const form = new FormData();
  for (const name of (await readdir('seeds/examples')).sort()) {
    form.append('files', new Blob([await readFile(path.join('seeds/examples', name), 'utf8')], { type: 'text/csv' }), name);
  }
  return form;
}

describe('the request log', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const auth = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    server = await startTestServer(db, { HELIX_API_TOKEN: TOKEN, HELIX_REQUIRE_TOKEN_FOR_READS: 'true' }, createLogger('trace', false, sink));
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('never holds the token, whatever header, cookie or query parameter carries it', async () => {
    const json = { ...auth, 'content-type': 'application/json' };
    // Reads (the token is required for them here), in every place a client might put a token.
    expect((await fetch(`${server.url}/api/search?q=Janssen`, { headers: auth })).status).toBe(200);
    // Refused as unknown parameters (400), and logged all the same.
    expect((await fetch(`${server.url}/api/overview?limit=10&token=${TOKEN}&access_token=${TOKEN}&apiKey=${TOKEN}`, { headers: auth })).status).toBe(400);
    expect((await fetch(`${server.url}/api/schema`, { headers: { ...auth, cookie: `session=${TOKEN}; helix_token=${TOKEN}`, 'x-api-key': TOKEN, 'x-auth-token': TOKEN, 'proxy-authorization': `Basic ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/metrics`, { method: 'POST', headers: json, body: JSON.stringify({ elements: { nodes: [{ data: { id: 'a', label: 'a', type: 'Actor' } }], edges: [] } }) })).status).toBe(200);
    expect((await fetch(`${server.url}/api/console/query`, { method: 'POST', headers: json, body: JSON.stringify({ query: 'RETURN 1 AS one' }) })).status).toBe(200);
    // Refused: a wrong token next to the right one in a cookie, and a read without the header.
    expect((await fetch(`${server.url}/api/overview`, { headers: { authorization: `Bearer x${TOKEN}`, cookie: `t=${TOKEN}` } })).status).toBe(401);
    expect((await fetch(`${server.url}/api/overview?token=${encodeURIComponent(TOKEN)}`)).status).toBe(401);
    // Saved queries: create, list, delete.
    const created = await fetch(`${server.url}/api/saved-queries`, { method: 'POST', headers: json, body: JSON.stringify({ title: 'logged', query: 'RETURN 1' }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await fetch(`${server.url}/api/saved-queries`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${server.url}/api/saved-queries/${id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    // An import, a dry run, a broken upload and the job's status.
    expect((await fetch(`${server.url}/api/import?dryRun=true`, { method: 'POST', headers: auth, body: await exampleFiles() })).status).toBe(200);
    const broken = new FormData();
    broken.append('files', new Blob([`id,name\n${TOKEN},x\n`], { type: 'text/csv' }), 'nothing-known.csv');
    expect((await fetch(`${server.url}/api/import`, { method: 'POST', headers: auth, body: broken })).status).toBeGreaterThanOrEqual(400);
    expect((await fetch(`${server.url}/api/import?access_token=${TOKEN}`, { method: 'POST', headers: auth, body: await exampleFiles() })).status).toBe(400);
    const started = await fetch(`${server.url}/api/import`, { method: 'POST', headers: auth, body: await exampleFiles() });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/import/jobs/${jobId}`, { headers: auth })).json()) as { status: string }).status, { timeout: 60_000 })
      .toBe('done');

    const log = lines.join('\n');
    // The log did record these requests, their headers and query strings: only the secrets are gone.
    const requests = lines.map((l) => JSON.parse(l) as { req?: { url: string; headers: Record<string, string> } }).filter((l) => l.req);
    expect(requests.length).toBeGreaterThanOrEqual(15);
    expect(requests.some((l) => l.req!.headers.authorization === '[Redacted]')).toBe(true);
    expect(requests.some((l) => l.req!.headers['x-api-key'] === '[Redacted]' && l.req!.headers.cookie === '[Redacted]')).toBe(true);
    expect(requests.some((l) => l.req!.url.startsWith('/api/overview?limit=10&token=%5BRedacted%5D&access_token=%5BRedacted%5D'))).toBe(true);
    expect(log).not.toContain(TOKEN);
    // Nor any recognisable piece of it (as a URL-encoded or partly logged value would leave).
    expect(log).not.toContain(TOKEN.slice(10, 26));
  });
});
