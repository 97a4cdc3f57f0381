import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { serialise, type Value } from './console-values.ts';
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

/** What the console does in its transaction. */
export interface ConsoleTx {
  /** Neo4j's summary of `text` run as given (the caller prefixes EXPLAIN): its query type and plan. */
  summary(text: string, params: Record<string, unknown>): Promise<{ queryType: string; plan: unknown }>;
  /** Runs `text`, hands each row to `row` as plain values until it answers false; answers the columns. */
  stream(text: string, params: Record<string, unknown>, row: (values: Record<string, Value>) => boolean): Promise<string[]>;
}

function consoleTx(tx: Transaction): ConsoleTx {
  return {
    summary: async (text, params) => {
      const { summary } = await tx.run(text, params);
      return { queryType: summary.queryType, plan: summary.plan };
    },
    stream: async (text, params, row) => {
      const result = tx.run(text, params);
      const columns = await result.keys();
      for await (const record of result) {
        if (!row(Object.fromEntries(columns.map((c) => [c, serialise(record.get(c))])))) break;
      }
      return [...columns];
    },
  };
}

/** JSON integers become Cypher integers (JSON has one number type; LIMIT $n needs an integer). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
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

  async rolledBack<T>(timeoutMs: number, work: (tx: ConsoleTx) => Promise<T>, metadata?: Record<string, string>): Promise<T> {
    this.driver ??= consoleDriver(this.config) ?? this.app.driver;
    const session = this.driver.session({ database: this.config.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = session.beginTransaction({ timeout: timeoutMs, ...(metadata ? { metadata } : {}) });
      try {
        return await work(consoleTx(tx));
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
