// Starts a real Neo4j for the integration tests on its own port and data folder (wiped first),
// and stops it afterwards. With NEO4J_URI set, the tests use that server instead.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../../server/neo4j/options.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

let server: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  // The folder is emptied first: a second run on another port gets a folder of its own, so it never
  // pulls the store from under a run already going.
  const port = process.env.HELIX_TEST_BOLT_PORT;
  const home = path.resolve(process.env.HELIX_TEST_NEO4J_HOME ?? (port ? `.data/neo4j-test-${port}` : '.data/neo4j-test'));
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', home: '' });
    return;
  }
  await rm(home, { recursive: true, force: true });
  server = await startLocalNeo4j({
    ...localNeo4jOptions(config, (msg) => console.log(`[neo4j] ${msg}`)),
    home,
    boltPort: Number(process.env.HELIX_TEST_BOLT_PORT ?? 17687),
    password: 'helix-test-password',
  });
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password, home });
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
