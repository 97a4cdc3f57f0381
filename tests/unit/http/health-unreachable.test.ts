import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { GraphDb, createDriver } from '../../../server/db/graph-db.ts';
import { createApp } from '../../../server/http/app.ts';
import { createLogger } from '../../../server/logger.ts';

// A Neo4j that cannot be reached (nothing listens on the port): anonymous callers of /api/health
// learn that, and nothing of the driver's error; the log has the error under the request's id.

describe('/api/health when Neo4j cannot be reached', () => {
  const lines: string[] = [];
  let server: Server;
  let db: GraphDb;
  let url: string;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'not-a-real-password', HELIX_RATE_LIMIT_PER_MINUTE: '0' });
    db = new GraphDb(createDriver(config.NEO4J_URI!, 'neo4j', config.NEO4J_PASSWORD!), { database: 'neo4j', timeoutMs: 2000 });
    const app = createApp({ db, config, logger: createLogger('info', false, sink), clientDir: '.data/no-client' });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await db.close();
  });

  it('says unreachable with a pointer to the log, and the log holds the driver error under that request id', { timeout: 60_000 }, async () => {
    const res = await fetch(url);
    expect(res.status).toBe(503);
    const requestId = res.headers.get('x-request-id')!;
    const text = await res.text();
    const body = JSON.parse(text) as { status: string; neo4j: { reachable: boolean; error: string } };
    expect(body).toMatchObject({ status: 'degraded', neo4j: { reachable: false } });
    expect(body.neo4j.error).toBe(`Neo4j cannot be reached; the server log has the details under request ${requestId}`);
    // No driver text, address or port in the answer.
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:9|Neo4jError|ServiceUnavailable|connect/i);
    const logged = lines.map((l) => JSON.parse(l) as { req?: { id: string }; msg: string; err?: { message: string } }).find((l) => l.msg === 'health: Neo4j cannot be reached');
    expect(logged?.req?.id).toBe(requestId);
    expect(logged?.err?.message).toMatch(/ECONNREFUSED|connect|Could not perform discovery/i);
  });
});
