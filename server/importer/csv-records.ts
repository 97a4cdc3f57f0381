import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

// The records of an import CSV file, each with the line it ends on, exactly as csv-parse reads
// them with the options below, but cheaper: the validation pass read every row through
// csv-parse, which was the largest part of its CPU (issue 22). Plain lines (no carriage return,
// no line break inside quotes, quotes only around whole cells, no more cells than the header)
// are split here; at the first line that is not plain, the file is handed to csv-parse, which
// skips the records already read and reads the rest — its own errors (a stray quote, too many
// cells) included. tests/unit/import/csv-records.test.ts compares both on generated files.

export type CsvRecord = [record: Record<string, string>, line: number];

/** csv-parse's reading of an import file: BOM removed, header trimmed, empty lines skipped, short rows allowed. */
export const csvParseOptions = {
  bom: true,
  columns: (h: string[]) => h.map((c) => c.trim()),
  skip_empty_lines: true,
  relax_column_count_less: true,
  // on_record hands over the line number without the per-record `info` object.
  on_record: (r: Record<string, string>, ctx: { lines: number }) => [r, ctx.lines],
} as const;

/**
 * csv-parse's records from the `skip`+1st on. Read through events rather than its async
 * iterator, which drops the records it had read when it meets an error: every record before
 * the broken line is answered, then the error, wherever the file's chunks begin.
 */
async function* viaCsvParse(file: string, skip: number): AsyncIterable<CsvRecord> {
  const parser = createReadStream(file).pipe(parse(csvParseOptions));
  const queue: CsvRecord[] = [];
  let failed: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  let seen = 0;
  parser.on('data', (r: CsvRecord) => {
    if (++seen <= skip) return;
    queue.push(r);
    if (queue.length >= 1000) parser.pause();
    poke();
  });
  parser.on('error', (err) => {
    failed = err;
    poke();
  });
  parser.on('end', () => {
    ended = true;
    poke();
  });
  try {
    for (;;) {
      if (queue.length) {
        yield* queue.splice(0);
        parser.resume();
        continue;
      }
      if (failed) throw failed;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    parser.destroy();
  }
}

/** The cells of a plain line, or undefined when csv-parse must read it. */
function cells(line: string): string[] | undefined {
  if (line.indexOf('"') < 0) return line.split(',');
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      // A quoted cell: up to the quote that is not doubled, then a comma or the end of the line.
      let cell = '';
      let from = i + 1;
      for (;;) {
        const q = line.indexOf('"', from);
        if (q < 0) return undefined; // the quote closes on a later line
        if (line.charCodeAt(q + 1) === 34) {
          cell += line.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        cell += line.slice(from, q);
        i = q + 1;
        break;
      }
      out.push(cell);
      if (i === line.length) return out;
      if (line.charCodeAt(i) !== 44) return undefined;
      i++;
      continue;
    }
    const comma = line.indexOf(',', i);
    const cell = comma < 0 ? line.slice(i) : line.slice(i, comma);
    if (cell.indexOf('"') >= 0) return undefined;
    out.push(cell);
    if (comma < 0) return out;
    i = comma + 1;
  }
}

export async function* csvRecords(file: string): AsyncIterable<CsvRecord> {
  let columns: string[] | undefined;
  let line = 0;
  let yielded = 0;
  let rest = '';
  let first = true;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      let text = rest + chunk;
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (text.indexOf('\r') >= 0) return yield* viaCsvParse(file, yielded);
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        const lineText = text.slice(start, end);
        start = end + 1;
        line++;
        if (!lineText.length) continue;
        const row = cells(lineText);
        if (!row) return yield* viaCsvParse(file, yielded);
        if (!columns) {
          columns = row.map((c) => c.trim());
          if (new Set(columns).size !== columns.length || columns.some((c) => !c.length)) return yield* viaCsvParse(file, yielded);
          continue;
        }
        if (row.length > columns.length) return yield* viaCsvParse(file, yielded);
        const record: Record<string, string> = {};
        for (let k = 0; k < row.length; k++) record[columns[k]!] = row[k]!;
        yielded++;
        yield [record, line];
      }
      rest = text.slice(start);
    }
    if (rest.length) {
      // The last line, without a line break.
      line++;
      const row = cells(rest);
      if (!row || !columns || row.length > columns.length) return yield* viaCsvParse(file, yielded);
      const record: Record<string, string> = {};
      for (let k = 0; k < row.length; k++) record[columns[k]!] = row[k]!;
      yield [record, line];
    }
  } finally {
    stream.destroy();
  }
}
