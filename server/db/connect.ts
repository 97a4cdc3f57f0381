import type { Config } from '../config.ts';
import { ConfigError } from '../config.ts';
import { startLocalNeo4j } from '../neo4j/local-server.ts';
import { localNeo4jOptions } from '../neo4j/options.ts';
import { GraphDb, createDriver } from './graph-db.ts';

export interface Connection {
  db: GraphDb;
  uri: string;
  /** Closes the driver and stops the project's own Neo4j if this process started it. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unreachable = (err: unknown) => /ServiceUnavailable|SessionExpired/.test((err as { code?: string }).code ?? '');

/**
 * Waits for a configured Neo4j that cannot be reached yet (it may still be starting, as in
 * docker compose), with backoff, for at most `waitS` seconds; any other error ends it at once.
 */
async function verifyWithBackoff(db: GraphDb, uri: string, waitS: number, log: (msg: string) => void): Promise<void> {
  const deadline = Date.now() + waitS * 1000;
  for (let delay = 1000; ; delay = Math.min(delay * 2, 10_000)) {
    try {
      return await db.driver.verifyConnectivity({ database: db.options.database });
    } catch (err) {
      const left = deadline - Date.now();
      if (!unreachable(err) || left <= 0) throw err;
      const wait = Math.min(delay, left);
      log(`Neo4j at ${uri} cannot be reached (${(err as Error).message.split('\n')[0]}); trying again in ${Math.ceil(wait / 1000)} s, for up to ${Math.ceil(left / 1000)} s more (HELIX_NEO4J_WAIT_S)`);
      await sleep(wait);
    }
  }
}

/** Uses NEO4J_URI when set; otherwise starts (or reuses) the project's own Neo4j. */
export async function connect(config: Config, log: (msg: string) => void): Promise<Connection> {
  let uri = config.NEO4J_URI;
  let user = config.NEO4J_USER;
  let password = config.NEO4J_PASSWORD ?? '';
  let stopServer = async () => {};
  let importFolder: string | undefined;
  if (!uri) {
    const server = await startLocalNeo4j(localNeo4jOptions(config, log));
    ({ uri, user, password, importFolder } = server);
    stopServer = server.stop;
  }
  const db = new GraphDb(createDriver(uri, user, password), {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.HELIX_QUERY_TIMEOUT_MS,
    ...(importFolder ? { importFolder } : {}),
  });
  try {
    // The project's own Neo4j is up once started; only a configured one is worth waiting for.
    if (config.NEO4J_URI) await verifyWithBackoff(db, uri, config.HELIX_NEO4J_WAIT_S, log);
    else await db.driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (err) {
    await db.close();
    await stopServer();
    const code = (err as { code?: string }).code ?? '';
    const variable = /Unauthorized|Authentication/i.test(code)
      ? 'NEO4J_USER / NEO4J_PASSWORD'
      : /DatabaseNotFound/i.test(code)
        ? 'NEO4J_DATABASE'
        : 'NEO4J_URI';
    throw new ConfigError(`cannot use Neo4j at ${uri} (check ${variable}): ${(err as Error).message.split('\n')[0]}`);
  }
  return {
    db,
    uri,
    close: async () => {
      await db.close();
      await stopServer();
    },
  };
}
