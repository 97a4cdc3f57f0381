// Start-up and seed loading on the project's own Neo4j: `npm run bench -- seeds-load`.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { graphCounts, totalNodes } from '../server/db/counts.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { loadSeeds } from '../server/seeds/load.ts';
import { readSeedFiles } from '../server/seeds/read.ts';
import { validateSeeds } from '../server/seeds/validate.ts';
import { machine, median, writeResult } from './machine.ts';

const ROUNDS = 5;

export async function seedsLoadBench(): Promise<string> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = path.resolve('.data/neo4j-bench');
  await rm(home, { recursive: true, force: true });
  const t0 = performance.now();
  const server = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: 17690, password: 'helix-bench-password' });
  const coldStartMs = performance.now() - t0;
  const db = new GraphDb(createDriver(server.uri, server.user, server.password), { database: 'neo4j', timeoutMs: 120_000 });
  try {
    await applySchema(db);
    const validateMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      const { files } = await readSeedFiles('seeds');
      if (!validateSeeds(files).ok) throw new Error('seeds/ is invalid: run npm run seeds:check');
      validateMs.push(performance.now() - t);
    }
    let t = performance.now();
    const counts = await loadSeeds(db, 'seeds');
    const firstLoadMs = performance.now() - t;
    const reloadMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      t = performance.now();
      await loadSeeds(db, 'seeds');
      reloadMs.push(performance.now() - t);
    }
    const relationships = Object.values((await graphCounts(db)).relationships).reduce((a, b) => a + b, 0);
    const result = {
      machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE }),
      graph: { nodes: totalNodes(counts), relationships },
      neo4jColdStartMs: Math.round(coldStartMs),
      validateMedianMs: Math.round(median(validateMs)),
      firstLoadMs: Math.round(firstLoadMs),
      reloadMedianMs: Math.round(median(reloadMs)),
      rounds: ROUNDS,
    };
    console.log(result);
    return await writeResult('seeds-load', result);
  } finally {
    await db.close();
    await server.stop();
    await rm(home, { recursive: true, force: true });
  }
}
