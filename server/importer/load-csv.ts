import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writer } from '../db/rows.ts';
import type { NodeLabel, RelType } from '../graph/model.ts';
import { cellKinds, type CellKind } from './coerce.ts';
import { rowShape } from './rows.ts';
import type { ImportTarget } from './targets.ts';

// Batches handed to Neo4j as files (only for the project's own Neo4j, whose import folder is on
// this machine): the validated rows of a batch are written as CSV into a folder of the import in
// Neo4j's import folder and read there by LOAD CSV (import-load-nodes / -links), instead of
// travelling as a Bolt parameter. Neo4j parses a CSV line more cheaply than a Bolt map with
// repeated keys, and Node writes text instead of encoding maps, so both share the two cores
// better. The batches, their transactions and undo records are those of write.ts; the file
// queries only create what does not exist yet, and rows that exist (or values CSV cannot carry
// exactly) go through the parameter queries in the same transaction.

/** Separates the items of a list in one cell: a control character no validated text holds (checked). */
const SEPARATOR = '\u001f';
/** Folders of imports in Neo4j's import folder; one an import left behind (a crash) goes after this long. */
const FOLDER_PREFIX = 'helix-import-';
const STALE_AFTER_MS = 3_600_000;

type Row = Record<string, unknown>;

/** Strings LOAD CSV reads back exactly: not empty, no line breaks or control characters, no edge spaces. */
function plainText(s: string): boolean {
  if (!s.length || s.length >= 100_000 || s.trim() !== s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 127) return false;
  }
  return true;
}

function cellOf(value: unknown, kind: CellKind): string | undefined {
  switch (kind) {
    case 'number':
      // String() of a finite double reads back as the same double; -0 would come back as 0.
      return typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0) ? String(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'list':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && plainText(v)) ? value.join(SEPARATOR) : undefined;
    default:
      return typeof value === 'string' && plainText(value) ? value : undefined;
  }
}

/** Property names a file column may have (anything else goes as a parameter). */
const COLUMN = /^[A-Za-z][A-Za-z0-9]*$/;

/** What a value is, for a property the row schema does not type (a connector's own, e.g. CORDIS counts). */
const kindOfValue = (v: unknown): CellKind => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : Array.isArray(v) ? 'list' : 'text');

const quoted = (cell: string): string => (cell.indexOf('"') < 0 ? `"${cell}"` : `"${cell.replaceAll('"', '""')}"`);

/** The typed Cypher map of these property columns of `row` (the slot {{PROPS}}). */
export function propertyMap(columns: string[], kinds: Map<string, { kind: CellKind }>, separator = '$separator'): string {
  return `{${columns
    .map((c) => {
      const kind = kinds.get(c)?.kind;
      if (!kind || !COLUMN.test(c)) throw new Error(`column ${c} is not in the import schema`);
      const cell = `row.\`${c}\``;
      const value = kind === 'list' ? `split(${cell}, ${separator})` : kind === 'number' ? `toFloat(${cell})` : kind === 'boolean' ? `toBoolean(${cell})` : cell;
      return `\`${c}\`: ${value}`;
    })
    .join(', ')}}`;
}

/** A batch written as a file: its URL for LOAD CSV, and the rows that could not go in it. */
export interface BatchFile {
  url: string;
  file: string;
  props: string;
  /** Positions in the batch of rows left to the parameter query. */
  rest: number[];
  /** Positions in the batch of the rows in the file. */
  inFile: number[];
}

/** The folder of one import in Neo4j's import folder, and its batch files. */
export class BatchFiles {
  private count = 0;

  private constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {}

  /** A folder for this import; removes those of earlier imports that ended without removing theirs. */
  static async open(importFolder: string): Promise<BatchFiles> {
    for (const entry of await readdir(importFolder).catch(() => [] as string[])) {
      if (!entry.startsWith(FOLDER_PREFIX)) continue;
      const at = path.join(importFolder, entry);
      const { mtimeMs } = await stat(at).catch(() => ({ mtimeMs: Date.now() }));
      if (Date.now() - mtimeMs > STALE_AFTER_MS) await rm(at, { recursive: true, force: true });
    }
    const name = `${FOLDER_PREFIX}${randomUUID()}`;
    const dir = path.join(importFolder, name);
    await mkdir(dir, { recursive: true });
    return new BatchFiles(dir, name);
  }

  /**
   * Writes a batch: the text columns `keys` (`id`, or `from` and `to`; then `_docs` and `_quote`
   * of mentions, which may be absent) and the property columns of the target, typed by its row
   * schema. Rows with a value CSV cannot carry exactly stay out (`rest`); undefined when none fits.
   */
  async write(target: ImportTarget, rows: Row[], keys: string[], optional: string[] = []): Promise<BatchFile | undefined> {
    const kinds: Map<string, { kind: CellKind }> = cellKinds(rowShape(target).shape as never);
    const names = new Set<string>();
    for (const r of rows) for (const k in r.props as Row) names.add(k);
    const columns = [...names].filter((c) => COLUMN.test(c)).sort();
    // Properties whose names cannot be a column: their rows go as parameters.
    const stray = columns.length < names.size ? new Set([...names].filter((c) => !COLUMN.test(c))) : undefined;
    for (const c of columns) {
      if (kinds.has(c)) continue;
      const value = rows.map((r) => (r.props as Row)[c]).find((v) => v !== undefined && v !== null);
      kinds.set(c, { kind: kindOfValue(value) });
    }
    const columnKinds = columns.map((c) => kinds.get(c)!.kind);
    const keyNames = [...keys, ...optional];
    const keyKinds: CellKind[] = keyNames.map((k) => (k === '_docs' ? 'list' : 'text'));
    const keyOptional = keyNames.map((k) => optional.includes(k));
    const lines: string[] = [];
    const rest: number[] = [];
    const inFile: number[] = [];
    // One pass per row, building its line as it goes (a third of the writing pass's CPU went here, issue 22).
    rows: for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const props = row.props as Row;
      if (stray) {
        for (const k in props) {
          if (stray.has(k)) {
            rest.push(i);
            continue rows;
          }
        }
      }
      let line = `"${i}"`;
      for (let k = 0; k < keyNames.length; k++) {
        const value = row[keyNames[k]!];
        if (value === undefined && keyOptional[k]) {
          line += ',';
          continue;
        }
        const cell = cellOf(value, keyKinds[k]!);
        if (cell === undefined) {
          rest.push(i);
          continue rows;
        }
        line += `,${quoted(cell)}`;
      }
      for (let c = 0; c < columns.length; c++) {
        const value = props[columns[c]!];
        if (value === undefined || value === null) {
          line += ',';
          continue;
        }
        const cell = cellOf(value, columnKinds[c]!);
        if (cell === undefined) {
          rest.push(i);
          continue rows;
        }
        line += `,${quoted(cell)}`;
      }
      inFile.push(i);
      lines.push(line);
    }
    if (!lines.length) return undefined;
    const header = ['_row', ...keys, ...optional, ...columns];
    const file = `batch-${++this.count}.csv`;
    await writeFile(path.join(this.dir, file), `${header.map(quoted).join(',')}\n${lines.join('\n')}\n`);
    return { url: `file:///${this.name}/${file}`, file: path.join(this.dir, file), props: propertyMap(columns, kinds), rest, inFile };
  }

  async close(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

interface Loaded {
  written: number;
  created: number;
  existing: number[];
  mentioned?: number;
}

/** Loads a batch file; answers the rows created and the batch positions of the rows left to the parameter query. */
export async function loadBatch(
  w: Writer,
  batch: BatchFile,
  target:
    | { kind: 'node'; label: NodeLabel; section: string; mentionsAt: (i: number) => number }
    /** fresh: an end of every row was created by this import (import-load-new-links). */
    | { kind: 'link'; type: RelType; from: NodeLabel; to: NodeLabel; fresh?: boolean },
  importId: string | null,
  what: string,
): Promise<{ created: number; createdAt: number[]; rest: number[] }> {
  try {
    const params = { url: batch.url, separator: SEPARATOR, import: importId };
    const [rec] =
      target.kind === 'node'
        ? await w.rows<Loaded>({ name: 'import-load-nodes', slots: { LABEL: target.label, PROPS: batch.props } }, { ...params, label: target.label, section: target.section })
        : await w.rows<Loaded>({ name: target.fresh ? 'import-load-new-links' : 'import-load-links', slots: { TYPE: target.type, FROM: target.from, TO: target.to, PROPS: batch.props } }, { ...params, type: target.type, from: target.from, to: target.to });
    const { written, created, existing, mentioned } = rec!;
    if (written !== batch.inFile.length) throw new Error(`only ${written} of ${batch.inFile.length} ${what} found their ends`);
    const left = new Set(existing.map(Number));
    if (target.kind === 'node') {
      const mentions = batch.inFile.reduce((n, i) => n + (left.has(i) ? 0 : target.mentionsAt(i)), 0);
      if (mentioned !== mentions) throw new Error(`only ${mentioned} of ${mentions} ${what} mentions found their document`);
    }
    return { created, createdAt: batch.inFile.filter((i) => !left.has(i)), rest: [...batch.rest, ...left].sort((a, b) => a - b) };
  } finally {
    await rm(batch.file, { force: true });
  }
}
