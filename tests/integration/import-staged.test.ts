import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { cordisImport } from '../../server/importer/cordis/connector.ts';
import { runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { writeCordisSample } from '../support/cordis.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';

// Staged imports (each batch its own transaction under an import id): a failure after some
// batches were committed undoes them exactly, and a staged import gives the same graph as one
// written in a single transaction.

const importDir = async (db: GraphDb, dir: string, options: Parameters<typeof runImport>[2] = {}) => {
  const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
  return runImport(db, sources, { ...options, preProblems: problems });
};

/** Items a staged import tags or keeps while it runs. */
const stagingLeftovers = async (db: GraphDb) =>
  (
    await db.read<{ n: number }>(
      `RETURN COUNT { (n) WHERE n._import IS NOT NULL OR n._undo IS NOT NULL OR n:Import OR n:ImportUndo } +
              COUNT { ()-[r]->() WHERE r._import IS NOT NULL OR r._undo IS NOT NULL } AS n`,
    )
  )[0]!.n;

/** A CORDIS sample in a folder of its own. */
async function cordisSampleDir(projects: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helix-staged-cordis-'));
  await writeCordisSample(dir, projects);
  return dir;
}

describe('staged imports into a real Neo4j', () => {
  let db: GraphDb;
  const dirs: string[] = [];
  /** The sample set with a changed actor and link (updates) and 2,500 new actors (several batches). */
  let changed: string;

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    await importDir(db, 'seeds/examples');
    changed = await mkdtemp(path.join(os.tmpdir(), 'helix-staged-'));
    dirs.push(changed);
    await cp('seeds/examples', changed, { recursive: true });
    const actors = (await readFile('seeds/examples/actors.csv', 'utf8')).replace('Metaalwerken Geel NV,,MWG', 'Metaalwerken Geel NV,Geel Metal Works,MWG');
    const extra = Array.from({ length: 2500 }, (_, i) => `staged-${i},Staged ${i},,,,,,industry,company,BE,,,`);
    await writeFile(path.join(changed, 'actors.csv'), `${actors.trimEnd()}\n${extra.join('\n')}\n`);
    const collab = (await readFile('seeds/examples/collaborates_with.csv', 'utf8')).replace('research,1,2022,2024', 'research,3,2021,2025');
    await writeFile(path.join(changed, 'collaborates_with.csv'), collab);
  });
  afterAll(async () => {
    await db.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('a staged import that fails after some batches were committed leaves the graph exactly as before', async () => {
    const before = await snapshot(db);
    let batches = 0;
    let visibleMidway = 0;
    const running = importDir(db, changed, {
      staged: true,
      onProgress: async () => {
        batches++;
        if (batches === 2) visibleMidway = (await db.read<{ n: number }>(`RETURN COUNT { (a:Actor) WHERE a.id STARTS WITH 'staged-' } AS n`))[0]!.n;
        if (batches === 3) throw new Error('injected failure after 3 batches');
      },
    });
    await expect(running).rejects.toThrow('injected failure after 3 batches');
    // The batches really were committed one by one before the failure undid them.
    expect(visibleMidway).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(before);
    expect(await stagingLeftovers(db)).toBe(0);
  });

  it('a staged import undone from elsewhere while it runs commits no further batch and leaves the graph as before', async () => {
    const before = await snapshot(db);
    let batches = 0;
    const running = importDir(db, changed, {
      staged: true,
      onProgress: async () => {
        // What recovery in another process does first when it takes over an import it thinks abandoned.
        if (++batches === 2) await db.writeCypher(`MATCH (i:Import) SET i.status = 'undoing'`);
      },
    });
    await expect(running).rejects.toThrow('is no longer running');
    // The batch after the undo began was refused before its commit: no third batch was reported.
    expect(batches).toBe(2);
    expect(await snapshot(db)).toEqual(before);
    expect(await stagingLeftovers(db)).toBe(0);
  });

  it('a staged import that succeeds updates and creates what it should and leaves no staging behind', async () => {
    const { summary } = await importDir(db, changed, { staged: true });
    expect(summary!.stagedBatches).toBeGreaterThanOrEqual(3);
    expect(summary!.written.Actor).toEqual({ created: 2500, updated: 1, unchanged: 1 });
    expect(summary!.written.COLLABORATES_WITH).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [row] = await db.read<{ nameEn: string; weight: number }>(
      `MATCH (a:Actor {id: 'metaalwerken-geel'})-[r:COLLABORATES_WITH]-(:Actor {id: 'thomas-more'}) RETURN a.nameEn AS nameEn, r.weight AS weight`,
    );
    expect(row).toEqual({ nameEn: 'Geel Metal Works', weight: 3 });
    expect(await stagingLeftovers(db)).toBe(0);
  });

  it('re-importing the same files staged changes nothing and says so', async () => {
    const before = await snapshot(db);
    const { summary } = await importDir(db, changed, { staged: true });
    expect(await snapshot(db)).toEqual(before);
    for (const [what, o] of Object.entries(summary!.written)) expect(o.created + o.updated, what).toBe(0);
  });

  it('an unchanged re-import that fails half-way leaves the graph exactly as before too', async () => {
    const before = await snapshot(db);
    let batches = 0;
    const running = importDir(db, changed, {
      staged: true,
      onProgress: () => {
        if (++batches === 2) throw new Error('injected failure after 2 batches');
      },
    });
    await expect(running).rejects.toThrow('injected failure');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a staged CORDIS import of a sample gives the same graph as the one-transaction import', async () => {
    const dir = await cordisSampleDir(40);
    dirs.push(dir);
    const graphAfter = async (staged: boolean) => {
      await wipe(db);
      await applySchema(db);
      await loadSeeds(db, 'seeds');
      const cordis = await cordisImport(db, dir);
      const { summary } = await runImport(db, cordis.sources, { staged });
      expect(summary!.stagedBatches !== undefined).toBe(staged);
      expect(summary!.written.COLLABORATES_WITH!.created).toBe(cordis.stats.pairs);
      // Each import into the wiped graph is a first import: its Document says when.
      return (await snapshot(db)).map((line) => line.replace(/"importedAt":"[^"]+"/, '"importedAt":"(time of import)"'));
    };
    const oneTransaction = await graphAfter(false);
    const staged = await graphAfter(true);
    expect(staged.length).toBe(oneTransaction.length);
    expect(staged).toEqual(oneTransaction);
  }, 300_000);
});
