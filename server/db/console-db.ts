import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { GraphDb } from './graph-db.ts';

// The console has its own driver, with lossless integers: the app's driver turns integers into
// JS numbers (exact only up to 2^53), and a researcher's query may return any 64-bit integer.
// It reaches the same Neo4j as the app: NEO4J_URI, or the project's own server on its Bolt port
// with the password it stored.

function consoleDriver(config: Config): Driver | undefined {
  const uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.HELIX_NEO4J_BOLT_PORT}`;
  const passwordFile = path.join(config.HELIX_NEO4J_HOME, 'password');
  const password = config.NEO4J_PASSWORD ?? (existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : undefined);
  if (!password) return undefined;
  return neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, password), { connectionTimeout: 5000, maxConnectionPoolSize: 10 });
}

/**
 * The console's access to Neo4j: work in a transaction of a READ session that is always rolled
 * back, so nothing the console runs is ever committed. The driver is made at first use (by then
 * the project's own Neo4j has stored its password), or the app's driver when there is no password.
 */
export class ConsoleDb {
  private driver?: Driver;

  constructor(
    private readonly config: Config,
    private readonly app: GraphDb,
  ) {}

  async rolledBack<T>(timeoutMs: number, work: (tx: Transaction) => Promise<T>, metadata?: Record<string, string>): Promise<T> {
    this.driver ??= consoleDriver(this.config) ?? this.app.driver;
    const session = this.driver.session({ database: this.config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = session.beginTransaction({ timeout: timeoutMs, ...(metadata ? { metadata } : {}) });
      try {
        return await work(tx);
      } finally {
        await tx.rollback().catch(() => undefined);
      }
    } finally {
      await session.close();
    }
  }

  /** Closes the console's own driver (the app's is closed by its owner); a later query opens a new one. */
  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = undefined;
    if (driver && driver !== this.app.driver) await driver.close();
  }
}
