import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { GraphDb } from '../../server/db/graph-db.ts';
import type { Logger } from '../../server/logger.ts';
import { createApp } from '../../server/http/app.ts';
import { createLogger } from '../../server/logger.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { testConfig, testDb, wipe } from './db.ts';

/** The real Express app on an ephemeral loopback port, over the integration tests' Neo4j. */
export async function startTestServer(db: GraphDb, env: Record<string, string> = {}, logger: Logger = createLogger('silent')): Promise<{ url: string; close: () => Promise<void> }> {
  // Rate limits are off unless a test turns them on: the tests send many requests on purpose.
  const config = testConfig({ HELIX_RATE_LIMIT_PER_MINUTE: '0', ...env });
  const app = createApp({ db, config, logger, clientDir: process.env.HELIX_CLIENT_OUT ?? 'dist/client' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  };
  return { url: `http://127.0.0.1:${port}`, close };
}

/** The app over a freshly seeded test database (empty but for the schema with `seeds: false`): the usual start of an API test file. */
export async function startSeededServer(
  env: Record<string, string> = {},
  { seeds = true }: { seeds?: boolean } = {},
): Promise<{ db: GraphDb; server: Awaited<ReturnType<typeof startTestServer>> }> {
  const db = testDb();
  await wipe(db);
  await applySchema(db);
  if (seeds) await loadSeeds(db, 'seeds');
  return { db, server: await startTestServer(db, env) };
}

/** The problem+json body of a 400 that names the wrong fields. */
export interface Problem {
  status: number;
  detail: string;
  errors: { field: string; message: string }[];
}

export interface JsonAnswer<T> {
  status: number;
  type: string;
  body: T;
}

/** GET (or, with a body, POST) JSON and read the answer whatever its status. */
export async function fetchJson<T>(url: string, body?: unknown): Promise<JsonAnswer<T>> {
  const res = await fetch(url, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as T };
}
