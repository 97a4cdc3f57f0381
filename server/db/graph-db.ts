import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type Session, type Transaction } from 'neo4j-driver';
import { NO_PERIOD, queryText, readerOf, type QueryRef, type Reader, type Row, type Writer } from './rows.ts';

export interface GraphDbOptions {
  database: string;
  timeoutMs: number;
  /**
   * The import folder of this Neo4j when it is the project's own (on this machine): imports then
   * hand their validated batches to LOAD CSV as files instead of sending them as parameters.
   */
  importFolder?: string;
}

/** An explicit write transaction, open until committed or rolled back. */
export interface OpenTransaction {
  writer: Writer;
  /** Commits and tells the caches the data changed. */
  commit(): Promise<void>;
  /** Rolls back; nothing happens when it is no longer open. */
  rollback(): Promise<void>;
}

/**
 * A write session for work that commits its own transactions (an import in batches). Explicit,
 * not managed: a managed transaction would be retried whole after a lost connection.
 */
export interface WriteSession {
  begin(timeoutMs: number): OpenTransaction;
  /** `work` in a transaction of its own, committed when it succeeds and rolled back when it fails. */
  transaction(timeoutMs: number, work: (w: Writer) => Promise<void>): Promise<void>;
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
    return this.readAll(async (tx) => (await tx.run<T>(cypher, params)).records.map((r) => r.toObject()), this.options.timeoutMs);
  }

  /** A named query in its own read transaction, answered as plain rows. */
  rows<T extends object = Row>(q: QueryRef, params: Row = {}): Promise<T[]> {
    return this.reading((read) => read.rows<T>(q, params));
  }

  /**
   * One named query as an auto-commit read (read access, the read timeout): a single query needs
   * no explicit transaction, whose begin and commit cost a round trip and most of a millisecond.
   */
  readOnce<T extends object = Row>(q: QueryRef, params: Row = {}): Promise<T[]> {
    return this.inReadSession(async (session) => (await session.run(queryText(q), { ...NO_PERIOD, ...params }, { timeout: this.options.timeoutMs })).records.map((r) => r.toObject() as T));
  }

  /**
   * The version of the data: the bookmark of the database's last committed write, as a trivial
   * read learns it. Any writer's commit changes it (this process's, another instance's, a CLI
   * import's); reads do not. For caches of answers that are slow to read.
   */
  dataVersion(): Promise<string> {
    return this.inReadSession(async (session) => {
      await session.run('RETURN 1', {}, { timeout: this.options.timeoutMs });
      return session.lastBookmarks().join(' ');
    });
  }

  /** Several named reads in one read transaction (one view of the data), with the read timeout. */
  reading<T>(work: (read: Reader) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    return this.readAll((tx) => work(readerOf(tx)), timeoutMs);
  }

  private readAll<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs: number): Promise<T> {
    return this.inReadSession((session) => session.executeRead(work, { timeout: timeoutMs }));
  }

  /** Work in a session of read access, closed after it. */
  private async inReadSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await work(session);
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
  write<T>(work: (w: Writer) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    return this.committed((tx) => work(readerOf(tx)), timeoutMs);
  }

  private async committed<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.executeWrite(work, { timeout: timeoutMs });
      this.changed();
      return result;
    } finally {
      await session.close();
    }
  }

  /** Cypher text written in code, in one write transaction: for tests and tools (the server's code runs named queries). */
  async writeCypher(text: string, params: Row = {}): Promise<void> {
    await this.committed((tx) => tx.run(text, params), this.options.timeoutMs);
  }

  /**
   * A write of the app's own bookkeeping (the import lease) from which no cache derives anything:
   * committed like `write`, but the caches are not told.
   */
  async writeBookkeeping<T>(work: (w: Writer) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(readerOf(tx)), { timeout: this.options.timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Runs a query that commits in batches itself (CALL … IN TRANSACTIONS): it needs an auto-commit transaction. */
  async autoCommit(q: QueryRef, params: Row = {}): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(queryText(q), params);
      this.changed();
    } finally {
      await session.close();
    }
  }

  openWriteSession(): WriteSession {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    const begin = (timeoutMs: number): OpenTransaction => {
      const tx: Transaction = session.beginTransaction({ timeout: timeoutMs });
      return {
        writer: readerOf(tx),
        commit: async () => {
          await tx.commit();
          this.changed();
        },
        rollback: async () => {
          if (tx.isOpen()) await tx.rollback().catch(() => {});
        },
      };
    };
    return {
      begin,
      transaction: async (timeoutMs, work) => {
        const tx = begin(timeoutMs);
        try {
          await work(tx.writer);
          await tx.commit();
        } catch (err) {
          await tx.rollback();
          throw err;
        }
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
