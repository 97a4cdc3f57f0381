import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { createApp } from '../../server/http/app.ts';
import { createLogger } from '../../server/logger.ts';
import { testConfig } from './db.ts';

/** The real Express app on an ephemeral loopback port, over the integration tests' Neo4j. */
export async function startTestServer(db: GraphDb, env: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const config = testConfig(env);
  const app = createApp({ db, config, logger: createLogger('silent'), clientDir: process.env.HELIX_CLIENT_OUT ?? 'dist/client' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
