import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';

// The console has its own driver, with lossless integers: the app's driver turns integers into
// JS numbers (exact only up to 2^53), and a researcher's query may return any 64-bit integer.
// It reaches the same Neo4j as the app: NEO4J_URI, or the project's own server on its Bolt port
// with the password it stored.

export function consoleDriver(config: Config): Driver | undefined {
  const uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.HELIX_NEO4J_BOLT_PORT}`;
  const passwordFile = path.join(config.HELIX_NEO4J_HOME, 'password');
  const password = config.NEO4J_PASSWORD ?? (existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : undefined);
  if (!password) return undefined;
  return neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, password), { connectionTimeout: 5000, maxConnectionPoolSize: 10 });
}
