import { appendFile, mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ImportSource, SourceRow } from './sources.ts';

// The rows of import files as the validation pass read them, kept on disk for the writing pass:
// reading and parsing a large CSV file a second time cost the 100k import as much CPU as its
// validation (issue 22). The records are kept exactly as read (V8's serialization: numbers,
// -0, null and lists come back as they went in), in chunks, so neither pass holds a whole file
// in memory. The spool is removed when the import ends, whatever the outcome.

type Rec = Record<string, unknown>;

export const SPOOL_PREFIX = 'helix-import-rows-';

/** Records per chunk on disk: a chunk is serialized and read back at once. */
const CHUNK = 1000;

/** The validated rows of one source, in order. */
export class SpoolFile {
  private chunk: Rec[] = [];

  constructor(private readonly file: string) {}

  async add(record: Rec): Promise<void> {
    this.chunk.push(record);
    if (this.chunk.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.chunk.length) return;
    const body = serialize(this.chunk);
    this.chunk = [];
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    await appendFile(this.file, Buffer.concat([head, body]));
  }

  async *rows(): AsyncIterable<SourceRow> {
    const fh = await open(this.file, 'r').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined; // no rows
      throw err;
    });
    if (!fh) return;
    try {
      const head = Buffer.alloc(4);
      let row = 0;
      while ((await fh.read(head, 0, 4, null)).bytesRead === 4) {
        const body = Buffer.alloc(head.readUInt32LE(0));
        const { bytesRead } = await fh.read(body, 0, body.length, null);
        if (bytesRead !== body.length) throw new Error(`the kept rows of an import were cut short (${this.file})`);
        for (const record of deserialize(body) as Rec[]) yield { row: ++row, record };
      }
    } finally {
      await fh.close();
    }
  }
}

/** The folder of one import's kept rows. */
export class RowSpool {
  private count = 0;

  private constructor(private readonly dir: string) {}

  /** A new folder in `parent` (default: the OS temp folder). */
  static async open(parent = os.tmpdir()): Promise<RowSpool> {
    return new RowSpool(await mkdtemp(path.join(parent, SPOOL_PREFIX)));
  }

  /** A file for the rows of one source. */
  file(): SpoolFile {
    return new SpoolFile(path.join(this.dir, `${++this.count}.rows`));
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** The source the writing pass reads instead of `source`: its kept rows. */
export const keptSource = (source: ImportSource, kept: SpoolFile): ImportSource => ({ name: source.name, target: source.target, linksGroupedBy: source.linksGroupedBy, rows: () => kept.rows() });
