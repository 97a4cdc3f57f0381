import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { CordisInputError } from './errors.ts';

// Where the CORDIS tables come from: the publisher's zip archives (read in place, one table at a
// time, never unpacked to disk) or folders of CSV files (an unpacked archive, or the tidy
// extract). A folder given on the command line may also hold the archives themselves.

export interface CordisTable {
  /** The file name inside the archive or folder, e.g. organization.csv. */
  file: string;
  open(): Promise<Readable>;
}

export interface CordisInput {
  /** The archive's or folder's name as the user gave it, used in the summary and in errors. */
  name: string;
  kind: 'archive' | 'folder';
  /** By lower-case file name. */
  tables: Map<string, CordisTable>;
  close(): void;
}

export interface InputPath {
  name: string;
  path: string;
}

const isZip = (name: string) => /\.zip$/i.test(name);

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip))));
}

async function archiveInput(name: string, file: string): Promise<CordisInput> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    throw new CordisInputError({ input: name }, `is not a readable zip archive (${(err as Error).message}); download it again from CORDIS`);
  }
  const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
    const found: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      found.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', reject);
    zip.readEntry();
  }).catch((err: unknown) => {
    zip.close();
    throw new CordisInputError({ input: name }, `is not a readable zip archive (${(err as Error).message}); download it again from CORDIS`);
  });
  const tables = new Map<string, CordisTable>();
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const base = path.posix.basename(entry.fileName);
    if (!/\.csv$/i.test(base)) continue;
    if (tables.has(base.toLowerCase())) throw new CordisInputError({ input: name, file: base }, 'occurs twice in the archive');
    tables.set(base.toLowerCase(), {
      file: base,
      open: () =>
        new Promise((resolve, reject) =>
          zip.openReadStream(entry, (err, stream) => (err ? reject(new CordisInputError({ input: name, file: base }, `cannot be read from the archive (${err.message})`)) : resolve(stream))),
        ),
    });
  }
  return { name, kind: 'archive', tables, close: () => zip.close() };
}

async function folderInput(name: string, dir: string, files: string[]): Promise<CordisInput> {
  const tables = new Map<string, CordisTable>();
  for (const file of files) tables.set(file.toLowerCase(), { file, open: async () => createReadStream(path.join(dir, file)) });
  return { name, kind: 'folder', tables, close: () => {} };
}

/**
 * The inputs behind the paths: each zip archive is one input; the CSV files of a folder are one
 * input named after the folder, and the archives in it are inputs of their own.
 */
export async function openInputs(paths: InputPath[]): Promise<CordisInput[]> {
  const inputs: CordisInput[] = [];
  try {
    for (const p of paths) {
      const info = await stat(p.path).catch(() => null);
      if (!info) throw new CordisInputError({ input: p.name }, 'does not exist');
      if (info.isDirectory()) {
        const names = (await readdir(p.path)).sort();
        for (const zip of names.filter(isZip)) inputs.push(await archiveInput(zip, path.join(p.path, zip)));
        const csvs = names.filter((n) => /\.csv$/i.test(n));
        if (csvs.length) inputs.push(await folderInput(p.name, p.path, csvs));
        else if (!names.some(isZip)) throw new CordisInputError({ input: p.name }, 'holds neither CORDIS zip archives nor CSV files');
      } else if (isZip(p.name)) inputs.push(await archiveInput(p.name, p.path));
      else throw new CordisInputError({ input: p.name }, 'is neither a zip archive nor a folder; give the CORDIS archives (e.g. cordis-h2020projects-csv.zip) or the folders they were unpacked into');
    }
  } catch (err) {
    for (const i of inputs) i.close();
    throw err;
  }
  return inputs;
}
