import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { GraphDb, createDriver } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { runImport } from '../../server/importer/run.ts';
import { recoverImports } from '../../server/importer/staging.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../../server/neo4j/options.ts';
import { snapshot } from '../support/db.ts';

// A Neo4j of its own (port and folder), because this test stops it in the middle of an import.
const HOME = path.resolve('.data/neo4j-test-import-stop');
const PORT = Number(process.env.HELIX_TEST_BOLT_PORT ?? 17711) + 50;

const start = () =>
  startLocalNeo4j({ ...localNeo4jOptions(loadConfig({ ...process.env, NEO4J_URI: undefined }), () => {}), home: HOME, boltPort: PORT, password: 'helix-stop-test-password' });
const connect = (s: LocalNeo4j) => new GraphDb(createDriver(s.uri, s.user, s.password), { database: 'neo4j', timeoutMs: 30_000 });

const actorsFile = async (n: number, prefix: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helix-stop-'));
  const rows = Array.from({ length: n }, (_, i) => `${prefix}-${i},${prefix} ${i},industry,company,BE`);
  await writeFile(path.join(dir, 'actors.csv'), `id,name,helix,kind,country\n${rows.join('\n')}\n`);
  return dir;
};
const importDir = async (db: GraphDb, dir: string, onProgress?: () => Promise<void>, staged?: boolean) =>
  runImport(db, sourcesFor(await filesFromPaths([dir])).sources, { onProgress, staged });

describe('an import when Neo4j stops in the middle of it', () => {
  let server: LocalNeo4j | undefined;
  let db: GraphDb | undefined;
  afterAll(async () => {
    await db?.close();
    await server?.stop();
    await rm(HOME, { recursive: true, force: true });
  });

  it('fails, and after a restart the graph is exactly as before the import', async () => {
    await rm(HOME, { recursive: true, force: true });
    server = await start();
    db = connect(server);
    await applySchema(db);
    await importDir(db, await actorsFile(50, 'before'));
    const before = await snapshot(db);
    expect(before.length).toBe(50);

    let batches = 0;
    const running = importDir(db, await actorsFile(5000, 'lost'), async () => {
      // After the first of five batches went in, Neo4j goes away.
      if (++batches === 1) await server!.stop();
    });
    await expect(running).rejects.toThrow();
    expect(batches).toBe(1);

    await db.close();
    server = await start();
    db = connect(server);
    expect(await snapshot(db)).toEqual(before);
  }, 300_000);

  it('a staged import interrupted by stopping Neo4j is undone after the restart', async () => {
    const before = await snapshot(db!);
    let batches = 0;
    const running = importDir(
      db!,
      await actorsFile(5000, 'staged'),
      async () => {
        // Two batches are committed, then Neo4j goes away: the import cannot even undo itself.
        if (++batches === 2) await server!.stop();
      },
      true,
    );
    await expect(running).rejects.toThrow(/undone at the next start/);

    await db!.close();
    server = await start();
    db = connect(server);
    // What the two committed batches wrote is still there, tagged, until the recovery runs.
    expect(await snapshot(db)).not.toEqual(before);
    const recovery = await recoverImports(db);
    expect(recovery.undone).toHaveLength(1);
    expect(await snapshot(db)).toEqual(before);
  }, 300_000);
});
