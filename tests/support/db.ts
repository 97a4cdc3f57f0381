import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/config.ts';
import { GraphDb, createDriver } from '../../server/db/graph-db.ts';
import { neo4jImportFolder } from '../../server/neo4j/local-server.ts';

/**
 * A GraphDb on the integration tests' Neo4j. Like the app's on the project's own Neo4j, it knows
 * Neo4j's import folder (imports hand batches over as files) unless the tests use a configured
 * NEO4J_URI or ask for a remote one (`remote`: batches as parameters).
 */
export function testDb({ remote = false } = {}): GraphDb {
  const { uri, user, password, home } = inject('neo4j');
  return new GraphDb(createDriver(uri, user, password), { database: 'neo4j', timeoutMs: 30_000, ...(home && !remote ? { importFolder: neo4jImportFolder(home) } : {}) });
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  const { uri, user, password } = inject('neo4j');
  return loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent', ...overrides });
}

export async function wipe(db: GraphDb): Promise<void> {
  await db.writeCypher('MATCH (n) DETACH DELETE n');
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/** Every node and relationship with all its properties, sorted: equal snapshots mean an unchanged graph. */
export async function snapshot(db: GraphDb): Promise<string[]> {
  const nodes = await db.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await db.read('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props');
  return [...nodes, ...rels].map(stable).sort();
}
