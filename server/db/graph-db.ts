import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Transaction } from 'neo4j-driver';
import { readerOf, type QueryRef, type Reader, type Row } from './rows.ts';

export interface GraphDbOptions {
  database: string;
  timeoutMs: number;
}

/** A write session for work that commits its own transactions (an import in batches). */
export interface WriteSession {
  begin(timeoutMs: number): Transaction;
  /** Commits `tx` and tells the caches the data changed. */
  commit(tx: Transaction): Promise<void>;
  close(): Promise<void>;
}

/**
 * The one way the server talks to Neo4j: reads in read transactions and writes in write
 * transactions, both managed (retried on transient errors), with a timeout, parameters only.
 * Every write through it tells the caches of derived data (`onChange`): no caller has to.
 */
export class GraphDb {
  /** Counts this process's committed writes. */
  generation = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly driver: Driver,
    readonly options: GraphDbOptions,
  ) {}

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        async (tx) => (await tx.run<T>(cypher, params)).records.map((r) => r.toObject()),
        { timeout: this.options.timeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  /** A named query in its own read transaction, answered as plain rows. */
  rows<T extends object = Row>(q: QueryRef, params: Row = {}): Promise<T[]> {
    return this.reading((read) => read.rows<T>(q, params));
  }

  /** Several named reads in one read transaction (one view of the data), with the read timeout. */
  reading<T>(work: (read: Reader) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    return this.readAll((tx) => work(readerOf(tx)), timeoutMs);
  }

  /** Runs several reads in one read transaction (server/db and the importer; services use `reading`). */
  async readAll<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Calls `listener` after every committed write through this GraphDb; answers the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.generation++;
    for (const listener of this.listeners) listener();
  }

  /** Whether Neo4j answers (throws when it does not). */
  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.options.database });
  }

  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.executeWrite(work, { timeout: timeoutMs });
      this.changed();
      return result;
    } finally {
      await session.close();
    }
  }

  /**
   * A write of the app's own bookkeeping (the import lease) from which no cache derives anything:
   * committed like `write`, but the caches are not told.
   */
  async writeBookkeeping<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: this.options.timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Runs a query that commits in batches itself (CALL … IN TRANSACTIONS): it needs an auto-commit transaction. */
  async autoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher, params);
      this.changed();
    } finally {
      await session.close();
    }
  }

  openWriteSession(): WriteSession {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    return {
      begin: (timeoutMs) => session.beginTransaction({ timeout: timeoutMs }),
      commit: async (tx) => {
        await tx.commit();
        this.changed();
      },
      close: () => session.close(),
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export function createDriver(uri: string, user: string, password: string): Driver {
  // Integers arrive as JS numbers: counts and ids in this graph stay far below 2^53.
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5000,
    // Transient errors are retried for up to 5 s (30 s by default): when Neo4j is gone, an HTTP
    // request should hear so soon rather than hang.
    maxTransactionRetryTime: 5000,
    maxConnectionPoolSize: 50,
  });
}
