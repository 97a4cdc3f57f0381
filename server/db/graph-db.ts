import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

export interface GraphDbOptions {
  database: string;
  timeoutMs: number;
}

/**
 * The one way the server talks to Neo4j: reads in read transactions and writes in write
 * transactions, both managed (retried on transient errors), with a timeout, parameters only.
 */
export class GraphDb {
  /** Counts this process's committed writes: caches of derived data compare it to notice changes. */
  generation = 0;

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

  /** Runs several reads in one read transaction. */
  async readAll<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.options.timeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Notes a committed write; writers with transactions of their own call it after their commit. */
  changed(): void {
    this.generation++;
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
