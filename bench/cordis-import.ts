// The full CORDIS H2020 extract (../shared/data/cordis-be) imported into an empty graph with the
// seeds, on the project's own Neo4j with the default memory settings (512m heap, 256m per
// transaction): `npm run bench -- cordis-import`. The import is staged (docs/import-format.md).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { graphCounts } from '../server/db/counts.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { cordisImport } from '../server/importer/cordis/connector.ts';
import { runImport } from '../server/importer/run.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { loadSeeds } from '../server/seeds/load.ts';
import { machine, writeResult } from './machine.ts';

const CORDIS_DIR = '../shared/data/cordis-be';

export async function cordisImportBench(): Promise<string> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = path.resolve('.data/neo4j-bench-cordis');
  await rm(home, { recursive: true, force: true });
  const server = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: 17691, password: 'helix-bench-password' });
  const db = new GraphDb(createDriver(server.uri, server.user, server.password), { database: 'neo4j', timeoutMs: 600_000 });
  try {
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    let t = performance.now();
    const cordis = await cordisImport(db, CORDIS_DIR);
    const prepareMs = performance.now() - t;
    t = performance.now();
    const { report, summary } = await runImport(db, cordis.sources);
    const totalMs = performance.now() - t;
    t = performance.now();
    const again = await runImport(db, (await cordisImport(db, CORDIS_DIR)).sources);
    const reimportMs = performance.now() - t;
    const counts = await graphCounts(db);
    const result = {
      machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE, txMemory: config.HELIX_NEO4J_TX_MEMORY }),
      cordis: cordis.stats,
      reviewMatches: cordis.review.length,
      rows: report.rows,
      readAndPrepareMs: Math.round(prepareMs),
      validateAndWriteMs: Math.round(totalMs),
      writeMs: summary!.ms,
      rowsPerSecond: summary!.rowsPerSecond,
      stagedBatches: summary!.stagedBatches,
      written: summary!.written,
      reimportMs: Math.round(reimportMs),
      reimportChanged: Object.values(again.summary!.written).reduce((s, o) => s + o.created + o.updated, 0),
      graph: counts,
    };
    console.log(result);
    return await writeResult('cordis-import', result);
  } finally {
    await db.close();
    await server.stop();
    await rm(home, { recursive: true, force: true });
  }
}
