import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

// A CSV file written row by row through a buffered stream, so that a generated ecosystem of
// a million links never sits in memory as one string.

export type Cell = string | number | boolean | readonly string[] | undefined | null;

const FLUSH_AT = 1 << 20;

function cell(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : value.join(';');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export class CsvWriter {
  rows = 0;
  private chunk = '';
  private readonly stream: WriteStream;

  constructor(
    file: string,
    readonly columns: readonly string[],
  ) {
    this.stream = createWriteStream(file);
    this.chunk = `${columns.join(',')}\n`;
  }

  /** One row, its cells in the order of the columns. */
  async row(values: readonly Cell[]): Promise<void> {
    this.chunk += `${values.map(cell).join(',')}\n`;
    this.rows++;
    if (this.chunk.length >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.chunk;
    this.chunk = '';
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
