import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateQuery } from '../../../server/db/queries.ts';
import { BatchFiles } from '../../../server/importer/load-csv.ts';

// The batch files the importer hands to LOAD CSV: values CSV cannot carry exactly stay out of
// them (they go as parameters), and the Cypher built from a file's columns admits nothing but
// column names and fixed conversions.

describe('batch files for LOAD CSV', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const f of folders) await rm(f, { recursive: true, force: true });
  });

  it('writes quoted text and typed columns, and leaves rows with edge spaces, line breaks or empty text to the parameters', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'helix-batch-files-'));
    folders.push(folder);
    const files = await BatchFiles.open(folder);
    const rows = [
      { id: 'a', props: { name: 'Say "hi", please', aliases: ['x', 'y'], inferred: true } },
      { id: 'b', props: { name: ' spaced' } },
      { id: 'c', props: { name: 'two\nlines' } },
      { id: 'd', props: { name: '' } },
      { id: 'e', props: { name: 'Back\\"slash' } },
    ];
    const batch = (await files.write({ kind: 'node', label: 'Actor' }, rows, ['id']))!;
    expect(batch.inFile).toEqual([0, 4]);
    expect(batch.rest).toEqual([1, 2, 3]);
    const [dir] = await readdir(folder);
    const text = await readFile(path.join(folder, dir!, 'batch-1.csv'), 'utf8');
    expect(text).toContain('"Say ""hi"", please"');
    expect(text).toContain('"Back\\""slash"');
    expect(batch.props).toBe('{`aliases`: split(row.`aliases`, $separator), `inferred`: toBoolean(row.`inferred`), `name`: row.`name`}');
    expect(templateQuery('import-load-nodes', { LABEL: 'Actor', PROPS: batch.props })).toContain('SET n += {`aliases`: split(');
    await files.close();
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a property map that carries anything but columns into the query', () => {
    expect(() => templateQuery('import-load-nodes', { LABEL: 'Actor', PROPS: '{`name`: row.`name`} DETACH DELETE n //' })).toThrow(/not a property map/);
    expect(() => templateQuery('import-load-nodes', { LABEL: 'Actor', PROPS: '{`name`: $other}' })).toThrow(/not a property map/);
  });
});
