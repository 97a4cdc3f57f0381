import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { ImportValidationError, runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor, type ImportSource } from '../../server/importer/sources.ts';
import type { Progress } from '../../server/importer/write.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';

// A large (staged) import of files writes each file's batches while its later files are still
// being validated. A problem in a later file must still leave the graph exactly as it was, and
// links written early must find ends that are only in the database. The later files here wait
// until the writing has committed batches, so the order is the same on every run.

const NEW_ACTORS = 1500;

/** Headers of the files the tests write. */
const ACTORS = 'id,name,nameEn,aliases,description,inferred,reason,helix,kind,country,website,sources,evidence';
const LINKS = 'from,to,sources,evidence,inferred,reason,kind,weight,since,until';
const LOCATED = 'from,to,sources,evidence,inferred,reason';

const actorRows = () => Array.from({ length: NEW_ACTORS }, (_, i) => `early-${i},Early ${i},,,,,,industry,company,BE,,ledenlijst-2024,`);

/** The source of `file` reads its rows only once `gate` is open (the writing has got that far). */
const gated = (sources: ImportSource[], file: string, gate: Promise<void>): ImportSource[] =>
  sources.map((s) =>
    s.name !== file
      ? s
      : {
          ...s,
          async *rows() {
            await gate;
            yield* s.rows();
          },
        },
  );

/** Items a staged import tags or keeps while it runs. */
const stagingLeftovers = async (db: GraphDb) =>
  (
    await db.read<{ n: number }>(
      `RETURN COUNT { (n) WHERE n._undo IS NOT NULL OR n:Import OR n:ImportUndo } + COUNT { ()-[r]->() WHERE r._undo IS NOT NULL } AS n`,
    )
  )[0]!.n;

const earlyActors = async (db: GraphDb) => (await db.read<{ n: number }>(`RETURN COUNT { (a:Actor) WHERE a.id STARTS WITH 'early-' } AS n`))[0]!.n;

let db: GraphDb;
const dirs: string[] = [];

/** A folder holding `files`, removed after the tests. */
const folder = async (files: Record<string, string[]>) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helix-early-write-'));
  dirs.push(dir);
  for (const [name, lines] of Object.entries(files)) await writeFile(path.join(dir, name), `${lines.join('\n')}\n`);
  return dir;
};

/** The seeds and their examples, and nothing else: each group of tests starts from them. */
const seedsAndExamples = async () => {
  await wipe(db);
  await applySchema(db);
  await loadSeeds(db, 'seeds');
  const { sources } = sourcesFor(await filesFromPaths(['seeds/examples']));
  await runImport(db, sources);
};

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('writing a large import while its later files are validated', () => {
  beforeAll(seedsAndExamples);

  it('a broken row in a later file leaves the graph exactly as before, though earlier files were already written', async () => {
    const dir = await folder({
      'actors.csv': [ACTORS, ...actorRows()],
      'collaborates_with.csv': [LINKS, ...Array.from({ length: NEW_ACTORS - 1 }, (_, i) => `early-${i},early-${i + 1},ledenlijst-2024,link ${i},,,research,1,2020,`), 'early-1,nobody-here,ledenlijst-2024,a link to no one,,,research,1,2020,'],
    });
    const before = await snapshot(db);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let writtenBeforeTheProblem = 0;
    const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
    const err = await runImport(db, gated(sources, 'collaborates_with.csv', gate), {
      staged: true,
      preProblems: problems,
      onProgress: async () => {
        writtenBeforeTheProblem = await earlyActors(db);
        open();
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect((err as ImportValidationError).report.problems).toMatchObject([{ file: 'collaborates_with.csv', row: NEW_ACTORS + 1, column: 'to', value: 'nobody-here' }]);
    // The actors were in the graph before the broken link was read, and are gone again.
    expect(writtenBeforeTheProblem).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(before);
    expect(await stagingLeftovers(db)).toBe(0);
  });

  it('links to nodes only in the database, written while a later file is validated, all land', async () => {
    const dir = await folder({
      'actors.csv': [ACTORS, ...actorRows()],
      // Every new actor works with one that is only in the database (seeds/examples).
      'collaborates_with.csv': [LINKS, ...Array.from({ length: NEW_ACTORS }, (_, i) => `early-${i},${i % 2 ? 'metaalwerken-geel' : 'thomas-more'},ledenlijst-2024,link ${i},,,research,1,2020,`)],
      'located_in.csv': [LOCATED, ...Array.from({ length: NEW_ACTORS }, (_, i) => `early-${i},geel-industriezone-west,ledenlijst-2024,site ${i}`)],
    });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const seen: Progress[] = [];
    const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
    const { report, summary } = await runImport(db, gated(sources, 'located_in.csv', gate), {
      staged: true,
      preProblems: problems,
      onProgress: (p) => {
        seen.push(p);
        if (p.file === 'collaborates_with.csv') open();
      },
    });
    expect(report.ok).toBe(true);
    expect(summary!.rows).toBe(3 * NEW_ACTORS);
    // The links of collaborates_with.csv were written before located_in.csv was read.
    expect(seen.some((p) => p.file === 'collaborates_with.csv')).toBe(true);
    const [counts] = await db.read<{ collab: number; located: number }>(
      `RETURN COUNT { (a:Actor)-[:COLLABORATES_WITH]-(b:Actor) WHERE a.id STARTS WITH 'early-' AND b.id IN ['metaalwerken-geel', 'thomas-more'] } AS collab,
              COUNT { (a:Actor)-[:LOCATED_IN]->(:Region {id: 'geel-industriezone-west'}) WHERE a.id STARTS WITH 'early-' } AS located`,
    );
    expect(counts).toEqual({ collab: NEW_ACTORS, located: NEW_ACTORS });
    expect(await stagingLeftovers(db)).toBe(0);
  });
});

// A small import goes in one transaction; its files are written into that transaction while its
// later files are still validated, and it commits only once every file is valid. Readers see
// nothing of it before the commit, and a problem in a later file rolls all of it back.
describe('writing a small import into its one transaction while its later files are validated', () => {
  beforeAll(seedsAndExamples);

  /** Opened by the writing; without early writing nothing opens it, so it also opens by itself after a while (and the test then fails on what it saw). */
  const gateWithFallback = () => {
    let resolveGate!: () => void;
    let opened: 'by writing' | 'by itself' | undefined;
    const gate = new Promise<void>((resolve) => {
      resolveGate = resolve;
      setTimeout(() => {
        opened ??= 'by itself';
        resolve();
      }, 20_000).unref();
    });
    const open = () => {
      opened ??= 'by writing';
      resolveGate();
    };
    return { gate, open, openedByWriting: () => opened === 'by writing' };
  };

  it('a broken row in a later file leaves the graph exactly as before, and nothing written early was visible', async () => {
    const dir = await folder({
      'actors.csv': [ACTORS, ...actorRows()],
      'collaborates_with.csv': [LINKS, ...Array.from({ length: NEW_ACTORS - 1 }, (_, i) => `early-${i},early-${i + 1},ledenlijst-2024,link ${i},,,research,1,2020,`), 'early-1,nobody-here,ledenlijst-2024,a link to no one,,,research,1,2020,'],
    });
    const before = await snapshot(db);
    const { gate, open } = gateWithFallback();
    let batchesBeforeTheProblem = 0;
    let visibleBeforeTheProblem = -1;
    const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
    const err = await runImport(db, gated(sources, 'collaborates_with.csv', gate), {
      preProblems: problems,
      onProgress: async () => {
        batchesBeforeTheProblem++;
        visibleBeforeTheProblem = Math.max(visibleBeforeTheProblem, await earlyActors(db));
        open();
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect((err as ImportValidationError).report.problems).toMatchObject([{ file: 'collaborates_with.csv', row: NEW_ACTORS + 1, column: 'to', value: 'nobody-here' }]);
    // Actors were written before the broken link was read, but never seen by a reader.
    expect(batchesBeforeTheProblem).toBeGreaterThan(0);
    expect(visibleBeforeTheProblem).toBe(0);
    expect(await snapshot(db)).toEqual(before);
    expect(await stagingLeftovers(db)).toBe(0);
  });

  it('links to nodes only in the database, written while a later file is validated, all land in one transaction', async () => {
    const dir = await folder({
      'actors.csv': [ACTORS, ...actorRows()],
      'collaborates_with.csv': [LINKS, ...Array.from({ length: NEW_ACTORS }, (_, i) => `early-${i},${i % 2 ? 'metaalwerken-geel' : 'thomas-more'},ledenlijst-2024,link ${i},,,research,1,2020,`)],
      'located_in.csv': [LOCATED, ...Array.from({ length: NEW_ACTORS }, (_, i) => `early-${i},geel-industriezone-west,ledenlijst-2024,site ${i}`)],
    });
    const { gate, open, openedByWriting } = gateWithFallback();
    const seen: Progress[] = [];
    const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
    const { report, summary } = await runImport(db, gated(sources, 'located_in.csv', gate), {
      preProblems: problems,
      onProgress: (p) => {
        seen.push(p);
        if (p.file === 'collaborates_with.csv') open();
      },
    });
    expect(report.ok).toBe(true);
    expect(summary!.rows).toBe(3 * NEW_ACTORS);
    expect(summary!.stagedBatches).toBeUndefined();
    // The links of collaborates_with.csv were written before located_in.csv was read.
    expect(openedByWriting()).toBe(true);
    expect(seen.some((p) => p.file === 'collaborates_with.csv')).toBe(true);
    const [counts] = await db.read<{ collab: number; located: number }>(
      `RETURN COUNT { (a:Actor)-[:COLLABORATES_WITH]-(b:Actor) WHERE a.id STARTS WITH 'early-' AND b.id IN ['metaalwerken-geel', 'thomas-more'] } AS collab,
              COUNT { (a:Actor)-[:LOCATED_IN]->(:Region {id: 'geel-industriezone-west'}) WHERE a.id STARTS WITH 'early-' } AS located`,
    );
    expect(counts).toEqual({ collab: NEW_ACTORS, located: NEW_ACTORS });
    expect(await stagingLeftovers(db)).toBe(0);
  });
});
