import path from 'node:path';
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { GraphDb, createDriver } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../../server/neo4j/options.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { snapshot } from '../support/db.ts';
import { startTestServer } from '../support/http.ts';

// A Neo4j of its own (port and folder), because this test stops and restarts it under the app.
const HOME = path.resolve('.data/neo4j-test-outage');
const PORT = Number(process.env.HELIX_TEST_BOLT_PORT ?? 17711) + 60;
const PASSWORD = 'helix-outage-test-password';

const start = () =>
  startLocalNeo4j({ ...localNeo4jOptions(loadConfig({ ...process.env, NEO4J_URI: undefined }), () => {}), home: HOME, boltPort: PORT, password: PASSWORD });

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the app while its Neo4j goes away and comes back', () => {
  let neo4j: LocalNeo4j | undefined;
  let db: GraphDb | undefined;
  let app: Awaited<ReturnType<typeof startTestServer>> | undefined;
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await neo4j?.stop();
    await rm(HOME, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After and degraded health during the outage, and recovers by itself', async () => {
    await rm(HOME, { recursive: true, force: true });
    neo4j = await start();
    db = new GraphDb(createDriver(neo4j.uri, neo4j.user, neo4j.password), { database: 'neo4j', timeoutMs: 30_000 });
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    const before = await snapshot(db);
    app = await startTestServer(db, { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD });
    const search = () => fetch(`${app!.url}/api/search?q=antwerpen`);
    expect((await search()).status).toBe(200);

    await neo4j.stop();

    const first = await search();
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('5');
    expect(first.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await first.json()) as { title: string; requestId: string };
    expect(problem.title).toBe('Database unavailable');
    expect(problem.requestId).toBe(first.headers.get('x-request-id'));
    // Once the outage is known, every API request hears so at once, including ones needing no query.
    for (const url of ['/api/overview', '/api/console/examples', '/api/schema']) {
      const res = await fetch(`${app.url}${url}`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
    }
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { status: string; neo4j: { reachable: boolean } })).toMatchObject({ status: 'degraded', neo4j: { reachable: false } });

    neo4j = await start();
    const restartedAt = Date.now();
    const back = await until(async () => (await search()).status, (s) => s === 200, 30_000);
    expect(back).toBe(200);
    const recoverySeconds = (Date.now() - restartedAt) / 1000;
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    expect(await snapshot(db)).toEqual(before);
    console.log(`recovered ${recoverySeconds.toFixed(1)} s after Neo4j was back`);

    // A second outage, found first by the Cypher console (it has a driver of its own).
    const consoleQuery = () => fetch(`${app!.url}/api/console/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (a:Actor) RETURN count(a) AS actors' }) });
    expect((await consoleQuery()).status).toBe(200);
    await neo4j.stop();
    const refused = await consoleQuery();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await search()).status).toBe(503);
    neo4j = await start();
    expect(await until(async () => (await consoleQuery()).status, (s) => s === 200, 30_000)).toBe(200);
    expect(await snapshot(db)).toEqual(before);
  }, 300_000);
});
