import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, startTestServer } from '../support/http.ts';
import { HOSTILE } from './console-hostile-corpus.ts';

interface Problem {
  status: number;
  title: string;
  detail: string;
  rule?: string;
  code?: string;
}

async function fingerprint(db: GraphDb) {
  const [counts] = await db.read<{ nodes: number; rels: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
  const checksum = createHash('sha256').update((await snapshot(db)).join('\n')).digest('hex');
  return { ...counts, checksum };
}

describe('the console refuses or stops every hostile query, and the graph stays the same', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let started = 0;
  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_CONSOLE_TIMEOUT_MS: '1500' }));
    before = await fingerprint(db);
    started = Date.now();
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('has a corpus of more than 60 distinct hostile queries', () => {
    expect(HOSTILE.length).toBeGreaterThan(60);
    expect(new Set(HOSTILE.map((h) => h.query)).size).toBe(HOSTILE.length);
  });

  it.each(HOSTILE.map((h) => [h.name, h] as const))('%s', async (_name, hostile) => {
    const res = await fetch(`${server.url}/api/console/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: hostile.query, params: hostile.params ?? {} }),
    });
    const body = (await res.json()) as Problem;
    const allowed = ([] as number[]).concat(hostile.status);
    expect(allowed, `${res.status} ${body.title}: ${body.detail}`).toContain(res.status);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(body.detail.length).toBeGreaterThan(10);
    if (hostile.rule) expect(body.rule).toBe(hostile.rule);
    if (res.status === 504) expect(body.title).toBe('Query stopped by the timeout');
  });

  it('leaves node and relationship counts and the checksum of all properties unchanged', async () => {
    console.info(`console hostile corpus: ${HOSTILE.length} queries in ${Date.now() - started} ms`);
    const after = await fingerprint(db);
    expect(after).toEqual(before);
    expect(after.nodes).toBeGreaterThan(400);
    const [labels] = await db.read<{ n: number }>('CALL db.labels() YIELD label WITH label WHERE label IN ["Hacked", "Junk"] RETURN count(*) AS n');
    expect(labels?.n).toBe(0);
  });
});
