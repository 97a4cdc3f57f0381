import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, startTestServer } from '../support/http.ts';

const TOKEN = 'import-test-token-0123456789';

async function examples(replace: Record<string, string> = {}): Promise<FormData> {
  const form = new FormData();
  for (const name of (await readdir('seeds/examples')).sort()) {
    const text = replace[name] ?? (await readFile(path.join('seeds/examples', name), 'utf8'));
    form.append('files', new Blob([text], { type: 'text/csv' }), name);
  }
  return form;
}

describe('the import API', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let noToken: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_API_TOKEN: TOKEN }));
    noToken = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await noToken?.close();
    await db?.close();
  });
  const post = (url: string, body: FormData, token?: string) =>
    fetch(url, { method: 'POST', body, headers: token ? { Authorization: `Bearer ${token}` } : {} });

  it('refuses uploads without the token, or when the server has none, and writes nothing', async () => {
    const before = await snapshot(db);
    const missing = await post(`${server.url}/api/import`, await examples());
    expect(missing.status).toBe(401);
    expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await post(`${server.url}/api/import`, await examples(), 'wrong-token-wrong-token')).status).toBe(401);
    expect((await post(`${noToken.url}/api/import`, await examples(), TOKEN)).status).toBe(403);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a dry run answers the validation report and writes nothing', async () => {
    const before = await snapshot(db);
    const res = await post(`${server.url}/api/import?dryRun=true`, await examples(), TOKEN);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { report: { ok: boolean; rows: number } };
    expect(body.report).toMatchObject({ ok: true, rows: 12 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a broken file is refused with 422 and a report naming file, row, column and value', async () => {
    const before = await snapshot(db);
    const res = await post(`${server.url}/api/import`, await examples({ 'actors.csv': 'id,name,helix,kind,country\nbad,Bad,business,company,BE\n' }), TOKEN);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { report: { problems: { file: string; row: number; column: string; value: string }[] } };
    expect(body.report.problems).toContainEqual(expect.objectContaining({ file: 'actors.csv', row: 2, column: 'helix', value: 'business' }));
    expect(await snapshot(db)).toEqual(before);
  });

  it('a file that is not CSV at all (a stray quote in its first line) is a 422 naming file and row, not a server error', async () => {
    const before = await snapshot(db);
    const res = await post(`${server.url}/api/import?dryRun=true`, await examples({ 'actors.csv': '{"rows": [1]}\n' }), TOKEN);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { report: { problems: { file: string; row: number; message: string }[] } };
    expect(body.report.problems).toContainEqual(expect.objectContaining({ file: 'actors.csv', row: 1, message: expect.stringMatching(/cannot be read as CSV/) }));
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports with the token as a job whose progress and summary can be polled', async () => {
    const res = await post(`${server.url}/api/import`, await examples(), TOKEN);
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    let job: { status: string; summary?: { written: Record<string, { created: number }> }; progress: { done: number; total: number } } | undefined;
    await expect
      .poll(async () => {
        job = (await (await fetch(`${server.url}/api/import/jobs/${jobId}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as typeof job;
        return job!.status;
      }, { timeout: 30_000, interval: 200 })
      .toBe('done');
    expect(job!.progress).toEqual({ done: 12, total: 12 });
    expect(job!.summary!.written.Actor!.created).toBe(2);
    expect((await fetch(`${server.url}/api/import/jobs/${jobId}`)).status).toBe(401);
  });

  it('of two imports sent at the same moment, one starts (202) and the other is refused (409) saying why', async () => {
    const [a, b] = await Promise.all([post(`${server.url}/api/import`, await examples(), TOKEN), post(`${server.url}/api/import`, await examples(), TOKEN)]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    const [started, refused] = a.status === 202 ? [a, b] : [b, a];
    const problem = (await refused.json()) as { title: string; detail: string };
    expect(problem.title).toBe('An import is running');
    expect(problem.detail).toMatch(/only one import runs at a time/);
    const { jobId } = (await started.json()) as { jobId: string };
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/import/jobs/${jobId}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { status: string }).status, { timeout: 30_000, interval: 200 })
      .toBe('done');
    // Once it is done the slot is free again, and no lock is left in the graph.
    const again = await post(`${server.url}/api/import?dryRun=false`, await examples(), TOKEN);
    expect(again.status).toBe(202);
    const { jobId: next } = (await again.json()) as { jobId: string };
    await expect
      .poll(async () => ((await (await fetch(`${server.url}/api/import/jobs/${next}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as { status: string }).status, { timeout: 30_000, interval: 200 })
      .toBe('done');
    expect(await db.read('MATCH (l:ImportLock) RETURN l')).toEqual([]);
  });

  it('serves a CSV template per file, and names a file it does not know', async () => {
    const res = await fetch(`${server.url}/api/import/templates/actors.csv`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await res.text()).split('\n')[0]).toBe('id,name,nameEn,aliases,description,inferred,reason,helix,kind,country,website,sources,evidence');
    expect((await (await fetch(`${server.url}/api/import/templates/sectors.csv`)).text()).trim()).toBe('id,name,nameEn,aliases,description,inferred,reason,kind,nace,sources,evidence');
    const bad = await fetch(`${server.url}/api/import/templates/friends.csv`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/^file: must be one of/);
  });
});
