import neo4j from 'neo4j-driver';

/** Asks a Neo4j that is starting whether it accepts Bolt connections yet. */
export interface BoltProbe {
  /** Resolves when it does; throws the driver's error when it does not. */
  check(): Promise<void>;
  close(): Promise<void>;
}

export function boltProbe(uri: string, user: string, password: string): BoltProbe {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000, logging: undefined });
  return {
    check: async () => {
      await driver.verifyConnectivity();
    },
    close: () => driver.close(),
  };
}
