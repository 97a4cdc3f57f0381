import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { trackAvailability } from '../../../server/http/availability.ts';
import { errorHandler, isUnreachable } from '../../../server/http/problem.ts';

const unreachable = Object.assign(new Error('Could not perform discovery. No routing servers available.'), { code: 'ServiceUnavailable', name: 'Neo4jError' });

/** A GraphDb stand-in whose Neo4j is up or down as the test says. */
function fakeDb() {
  const state = { up: true };
  const db = { verify: async () => { if (!state.up) throw unreachable; } } as unknown as GraphDb;
  return { db, state };
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

async function serve(db: GraphDb, state: { up: boolean }) {
  const availability = trackAvailability(db, 50);
  const app = express();
  app.use(availability.gate);
  app.get('/thing', (_req, _res, next) => (state.up ? _res.json({ ok: true }) : next(unreachable)));
  app.use(errorHandler({ error: () => {} }, () => availability.markDown()));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  closers.push(() => { availability.stop(); server.close(); });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/thing`;
}

describe('availability of Neo4j', () => {
  it('recognises the driver errors that mean Neo4j cannot be reached, and only those', () => {
    expect(isUnreachable(unreachable)).toBe(true);
    expect(isUnreachable(Object.assign(new Error('gone'), { code: 'SessionExpired' }))).toBe(true);
    expect(isUnreachable(Object.assign(new Error('bad'), { code: 'Neo.ClientError.Statement.SyntaxError' }))).toBe(false);
    expect(isUnreachable(new TypeError('x is undefined'))).toBe(false);
  });

  it('answers 503 with Retry-After once Neo4j is gone, and lets requests through again when a probe gets through', async () => {
    const { db, state } = fakeDb();
    const url = await serve(db, state);
    expect((await fetch(url)).status).toBe(200);
    state.up = false;
    const down = await fetch(url);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.headers.get('content-type')).toMatch(/application\/problem\+json/);
    state.up = true;
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await fetch(url)).status;
    }
    expect(status).toBe(200);
  });

  it('hides the message of an unexpected error behind a 500 problem', async () => {
    const app = express();
    app.get('/boom', () => {
      throw new Error('secret at /srv/helix/server/x.ts:12');
    });
    app.use(errorHandler({ error: () => {} }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    closers.push(() => server.close());
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(text).not.toContain('/srv/');
  });

  it('answers 422 naming the memory setting when Neo4j stops a query at its memory limit', async () => {
    const app = express();
    app.get('/big', () => {
      throw Object.assign(new Error('The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB.'), {
        code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      });
    });
    app.use(errorHandler({ error: () => {} }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    closers.push(() => server.close());
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/big`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { title: string; detail: string };
    expect(body.title).toBe('Result too large');
    expect(body.detail).toMatch(/HELIX_NEO4J_TX_MEMORY.*narrow the scope/);
  });
});
