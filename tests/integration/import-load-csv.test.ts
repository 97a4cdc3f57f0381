import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { ImportValidationError, runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';

// Into the project's own Neo4j the importer hands its validated batches over as CSV files in
// Neo4j's import folder, read by LOAD CSV; into a remote one it sends them as parameters. Both
// must write exactly the same graph, refuse bad input without changing anything, undo a failed
// staged import exactly, and leave no files behind.

/** Where these tests' imports keep the rows of files between validating and writing (spool.ts). */
let keptRows: string;

const importDir = async (db: GraphDb, dir: string, options: Parameters<typeof runImport>[2] = {}) => {
  const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
  return runImport(db, sources, { keepRowsIn: keptRows, ...options, preProblems: problems });
};

/** Actors whose text needs CSV quoting (quotes, commas, a backslash before a quote, other scripts) or cannot go in a file (edge spaces). */
const awkwardActors = [
  { id: 'quote-actor', name: 'The "Quoted", Inc.', nameEn: 'Back\\"slash \\ here', aliases: ['A; B', 'Ünïcödé — 東京'], helix: 'industry', kind: 'company', country: 'BE', sources: ['ledenlijst-2024'], evidence: 'says "hello", twice' },
  { id: 'spaced-actor', name: '  leading and trailing  ', helix: 'academia', kind: 'university', country: 'NL', inferred: true, reason: 'a test, with a reason' },
];

describe('imports through LOAD CSV files and through parameters', () => {
  let files: GraphDb;
  let parameters: GraphDb;
  const importFolder = path.join(inject('neo4j').home, 'import');
  const dirs: string[] = [];
  /** seeds/examples plus awkward text and 1,500 more actors and links (several staged batches). */
  let sample: string;

  /** Batch files left in Neo4j's import folder, and rows kept between the passes, by imports that ended. */
  const leftovers = async () => [...(await readdir(importFolder)).filter((f) => f.startsWith('helix-import-')), ...(await readdir(keptRows))];

  beforeAll(async () => {
    files = testDb();
    parameters = testDb({ remote: true });
    sample = await mkdtemp(path.join(os.tmpdir(), 'helix-load-csv-'));
    keptRows = await mkdtemp(path.join(os.tmpdir(), 'helix-load-csv-kept-'));
    dirs.push(sample, keptRows);
    await cp('seeds/examples', sample, { recursive: true });
    const extra = Array.from({ length: 1500 }, (_, i) => `bulk-${i},Bulk ${i},,,,,,industry,company,BE,,ledenlijst-2024,`);
    const actors = await readFile(path.join(sample, 'actors.csv'), 'utf8');
    await writeFile(path.join(sample, 'actors.csv'), `${actors.trimEnd()}\n${extra.join('\n')}\n`);
    await writeFile(path.join(sample, 'actors.json'), JSON.stringify(awkwardActors));
    const links = Array.from({ length: 1500 }, (_, i) => `bulk-${i},bulk-${(i + 1) % 1500},ledenlijst-2024,bulk link ${i},,,research,${(i % 5) + 0.5},2020,`);
    const collab = await readFile(path.join(sample, 'collaborates_with.csv'), 'utf8');
    await writeFile(path.join(sample, 'collaborates_with.csv'), `${collab.trimEnd()}\n${links.join('\n')}\nquote-actor,spaced-actor,ledenlijst-2024,"a ""quoted"" evidence",,,research,2,2021,2023\n`);
  });
  afterAll(async () => {
    await files.close();
    await parameters.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  const fresh = async (db: GraphDb) => {
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
  };

  it('writes the same graph either way, in one transaction and staged, and leaves no files in the import folder', async () => {
    const graphs: string[][] = [];
    for (const [db, staged] of [
      [parameters, false],
      [files, false],
      [files, true],
    ] as const) {
      await fresh(db);
      const { summary } = await importDir(db, sample, { staged });
      expect(summary!.rowsViaFiles ?? 0).toBe(db === files ? summary!.rows - 1 : 0);
      graphs.push(await snapshot(db));
    }
    expect(graphs[1]).toEqual(graphs[0]);
    expect(graphs[2]).toEqual(graphs[0]);
    const quoted = graphs[0]!.find((n) => n.includes('quote-actor') && n.includes('Actor'));
    expect(quoted).toContain('The \\"Quoted\\", Inc.');
    expect(quoted).toContain('Ünïcödé — 東京');
    expect(await leftovers()).toEqual([]);
  }, 240_000);

  it('re-imports the same files through LOAD CSV as unchanged', async () => {
    await fresh(files);
    await importDir(files, sample);
    const before = await snapshot(files);
    const { summary } = await importDir(files, sample, { staged: true });
    expect(await snapshot(files)).toEqual(before);
    expect(Object.values(summary!.written).every((o) => o.created === 0 && o.updated === 0)).toBe(true);
  });

  it('refuses a bad row without writing anything or leaving files', async () => {
    await fresh(files);
    const before = await snapshot(files);
    const bad = await mkdtemp(path.join(os.tmpdir(), 'helix-load-csv-bad-'));
    dirs.push(bad);
    await cp(sample, bad, { recursive: true });
    const collab = await readFile(path.join(bad, 'collaborates_with.csv'), 'utf8');
    await writeFile(path.join(bad, 'collaborates_with.csv'), `${collab.trimEnd()}\nbulk-1,nobody-here,ledenlijst-2024,a bad link,,,research,1,2020,\n`);
    const err = await importDir(files, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect(await snapshot(files)).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a bad row in a later batch of the first file read, after many rows were kept, without writing anything or leaving files', async () => {
    await fresh(files);
    const before = await snapshot(files);
    const bad = await mkdtemp(path.join(os.tmpdir(), 'helix-load-csv-bad-'));
    dirs.push(bad);
    await cp(sample, bad, { recursive: true });
    // Documents are read first; actors.csv comes next: 1,500 good rows, then one with a helix no one knows.
    const actors = await readFile(path.join(bad, 'actors.csv'), 'utf8');
    await writeFile(path.join(bad, 'actors.csv'), `${actors.trimEnd()}\nlate-bad,Late Bad,,,,,,nowhere,company,BE,,ledenlijst-2024,\n`);
    const rows = actors.trimEnd().split('\n').length + 1;
    const err = await importDir(files, bad, { staged: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    const { problems } = (err as ImportValidationError).report;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'actors.csv', row: rows, column: 'helix', value: 'nowhere' });
    expect(await snapshot(files)).toEqual(before);
    expect(await leftovers()).toEqual([]);
    // The same files without the bad row are written in full, from the rows kept by validation.
    await writeFile(path.join(bad, 'actors.csv'), actors);
    const { report, summary } = await importDir(files, bad, { staged: true });
    expect(summary!.rows).toBe(report.rows);
    expect(summary!.written.Actor!.created).toBeGreaterThan(1500);
    expect(await snapshot(files)).not.toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it('undoes a staged LOAD CSV import that fails after some batches were committed, exactly', async () => {
    await fresh(files);
    await importDir(files, 'seeds/examples');
    const before = await snapshot(files);
    // After the first batch of links, some created outright because an end is new.
    const err = await importDir(files, sample, {
      staged: true,
      onProgress: (p) => {
        if (p.file === 'collaborates_with.csv') throw new Error('stopped on purpose');
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('stopped on purpose');
    expect(await snapshot(files)).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });
});
