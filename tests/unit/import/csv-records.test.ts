import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvParseOptions, csvRecords } from '../../../server/importer/csv-records.ts';

// Import CSV files are split by the importer's own reader where their lines are plain, and by
// csv-parse where not. A user must not be able to tell: every file reads as csv-parse reads it —
// the same records, the same row numbers, and the same error on the same line for a broken one.

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(path.join(os.tmpdir(), 'helix-csv-records-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

type Read = unknown[];

async function ours(file: string): Promise<Read> {
  const out: Read = [];
  try {
    for await (const r of csvRecords(file)) out.push(r);
  } catch (err) {
    out.push({ error: (err as Error).message, lines: (err as { lines?: number }).lines });
  }
  return out;
}

/** csv-parse alone, every record it emits before an error included. */
function reference(file: string): Promise<Read> {
  return new Promise((resolve) => {
    const out: Read = [];
    const parser = parse(csvParseOptions);
    parser.on('data', (r: unknown) => out.push(r));
    parser.on('error', (err) => resolve([...out, { error: err.message, lines: (err as { lines?: number }).lines }]));
    parser.on('end', () => resolve(out));
    createReadStream(file).pipe(parser);
  });
}

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

describe('reading import CSV files', () => {
  it('reads 300 generated files, plain and broken, exactly as csv-parse does', async () => {
    const headers = ['id,name,x\n', '\uFEFFid,name,x\n', 'id,name, x \n', 'id,id\n', '\nid,name\n', 'a,"b",c\n'];
    const pieces = ['a', 'b', ' ', ',', ',', '"', '""', '\n', '\n', '\r\n', '\r', 'é', '東', 'x y'];
    for (let i = 0; i < 300; i++) {
      let body = '';
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) body += pick(pieces);
      if (random() < 0.5) body = body.replaceAll('\r', '');
      if (random() < 0.3) body = body.replaceAll('"', '');
      const file = path.join(dir, `f${i}.csv`);
      const text = (random() < 0.7 ? headers[0]! : pick(headers)) + body;
      await writeFile(file, text);
      expect(await ours(file), JSON.stringify(text)).toEqual(await reference(file));
    }
  }, 120_000);

  it('reads a file larger than one read (1 MiB), with characters of several bytes across the reads, and a broken line at its end', async () => {
    const lines = ['id,name,aliases'];
    for (let i = 0; i < 40_000; i++) lines.push(i % 7 ? `a${i},Ünïcödé — 東京 ${i},x;y` : `a${i},"The ""Quoted"", Inc. ${i}",`);
    const file = path.join(dir, 'large.csv');
    await writeFile(file, `${lines.join('\n')}\nlast,"broken"x,\n`);
    const read = await ours(file);
    expect(read).toEqual(await reference(file));
    expect(read).toHaveLength(40_001);
    expect(read[40_000]).toMatchObject({ error: expect.stringMatching(/Invalid Closing Quote/), lines: 40_002 });
  }, 120_000);
});
