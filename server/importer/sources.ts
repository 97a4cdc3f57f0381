import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse';
import type { GraphDb } from '../db/graph-db.ts';
import type { End } from '../seeds/rules.ts';
import { cellCoercer } from './coerce.ts';
import { csvRecords } from './csv-records.ts';
import { rowShape } from './rows.ts';
import { STATISTICS_FILE, statisticsSources } from './statistics.ts';
import { targetOf, type ImportTarget } from './targets.ts';

// Where import rows come from: CSV files (streamed with csv-parse, a row at a time), JSON files
// (an array of records) or rows a connector generates. Each call of rows() reads anew; the
// writing pass reads the rows of files from what the validation pass kept (spool.ts), so
// neither pass holds a whole large file in memory.

export type SourceRow = { row: number; record: Record<string, unknown> } | { row: number; error: string };

export interface ImportSource {
  /** The file name the report uses. */
  name: string;
  target: ImportTarget;
  /** The header row of a CSV file; undefined when it cannot be read (rows() then says why) and for other sources. */
  header?(): Promise<string[] | undefined>;
  rows(): AsyncIterable<SourceRow>;
  /**
   * Links only: the end (in canonical direction) whose links come together, one node after the
   * other, as a connector generates them; the duplicate check then keeps one node's links at a
   * time (LinkPairs). Files the user gives make no such promise.
   */
  linksGroupedBy?: End;
  /** A file: reading it again costs more than keeping its rows from the validation pass for the writing pass (spool.ts). */
  keepRows?: boolean;
  /**
   * About how many rows the source has, before it is read (a CSV file: its lines after the
   * header; quoted line breaks count extra). run.ts starts writing a large import while its
   * later files are still being validated only when every source can say this.
   */
  estimateRows?(): Promise<number>;
  /** A file read against the graph into the sources it stands for (statistics.csv); run.ts asks before validating. */
  expand?(db: GraphDb): Promise<ImportSource[]>;
}

/**
 * The order in which files are validated and written: Documents first (other rows cite them),
 * then the other labels, then links (they need their ends). Ids a row refers to are then known
 * from the files before they are needed, and fewer are looked up in the database.
 */
export function inImportOrder(sources: ImportSource[]): ImportSource[] {
  const rank = (s: ImportSource) => (s.target.kind === 'link' ? 2 : s.target.label === 'Document' ? 0 : 1);
  return [...sources].sort((a, b) => rank(a) - rank(b));
}

/** Rows of a CSV file, numbered as a spreadsheet shows them (the header is row 1). */
export function csvSource(name: string, file: string, target: ImportTarget): ImportSource {
  const coerce = cellCoercer(rowShape(target).shape as never);
  return {
    name,
    target,
    keepRows: true,
    async header() {
      const parser = createReadStream(file).pipe(parse({ bom: true, to_line: 1 }));
      try {
        for await (const record of parser) return (record as string[]).map((c) => c.trim());
      } catch {
        // Not CSV (a stray quote, say): reading the rows reports it, with the row.
        return undefined;
      }
      return [];
    },
    estimateRows: () => countLines(file).then((n) => Math.max(0, n - 1)),
    async *rows() {
      try {
        for await (const [record, lines] of csvRecords(file)) yield { row: lines, record: coerce(record) };
      } catch (err) {
        const line = (err as { lines?: number }).lines ?? 0;
        yield { row: line, error: `the file cannot be read as CSV: ${(err as Error).message}` };
      }
    },
  };
}

/** The lines of a file (a last line without a line break counts), read in chunks. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? lines : lines + 1;
}

/** Records of a JSON file holding an array of objects, numbered from 1. */
export function jsonSource(name: string, file: string, target: ImportTarget): ImportSource {
  return {
    name,
    target,
    keepRows: true,
    async *rows() {
      let value: unknown;
      try {
        value = JSON.parse(await readFile(file, 'utf8'));
      } catch (err) {
        yield { row: 0, error: `not valid JSON (${(err as Error).message})` };
        return;
      }
      if (!Array.isArray(value)) {
        yield { row: 0, error: 'must contain a JSON array of records' };
        return;
      }
      for (const [i, record] of value.entries()) {
        if (record && typeof record === 'object' && !Array.isArray(record)) yield { row: i + 1, record: record as Record<string, unknown> };
        else yield { row: i + 1, error: 'must be an object with one field per column' };
      }
    },
  };
}

export { memorySource } from './memory-source.ts';

export interface NamedFile {
  /** The name the user gave the file (upload name or path). */
  name: string;
  /** Where it is on disk. */
  path: string;
}

/** Sources for files, or problems for files whose names say nothing the import understands. */
export function sourcesFor(files: NamedFile[]): { sources: ImportSource[]; problems: { file: string; message: string }[] } {
  const sources: ImportSource[] = [];
  const problems: { file: string; message: string }[] = [];
  for (const f of files) {
    const found = targetOf(f.name);
    const name = path.basename(f.name);
    if (STATISTICS_FILE.test(name)) {
      sources.push({ name, target: { kind: 'node', label: 'Observation' }, rows: async function* () {}, expand: (db) => statisticsSources(db, name, f.path) });
      continue;
    }
    if ('error' in found) problems.push({ file: name, message: found.error });
    else sources.push(found.format === 'csv' ? csvSource(name, f.path, found.target) : jsonSource(name, f.path, found.target));
  }
  return { sources, problems };
}

/** The .csv and .json files given on the command line, folders expanded (not recursively). */
export async function filesFromPaths(paths: string[]): Promise<NamedFile[]> {
  const files: NamedFile[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (/\.(csv|json)$/i.test(name)) files.push({ name, path: path.join(p, name) });
    } else files.push({ name: path.basename(p), path: p });
  }
  return files;
}
