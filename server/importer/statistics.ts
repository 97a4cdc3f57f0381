import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { z } from 'zod';
import type { GraphDb } from '../db/graph-db.ts';
import { idSchema, text, year } from '../seeds/fields.ts';
import { nuts2021, places } from './cordis/places.ts';
import { memorySource } from './memory-source.ts';
import type { ImportSource, SourceRow } from './sources.ts';

// The statistics import (statistics.csv): figures the analyst brings — Eurostat employment by
// sector and region, say — one a row: region (a NUTS 2021 id or a region id of the graph), category
// (a NACE code or a sector id of the graph), year, metric, value, unit, source. Each row becomes an
// Observation like the seeds' key figures (OF_SECTOR its sector, IN_REGION its region), citing a
// Document per source. NUTS regions not yet in the graph are added with the regions above them (as
// the CORDIS import does); a NACE code without a sector of that code becomes a Sector with it.
// The rows then go through the one import path (run.ts), so the import is all or nothing and a
// wrong row is named by its line.

export const STATISTICS_FILE = /^statistics\.csv$/i;
export const STATISTICS_COLUMNS = ['region', 'category', 'year', 'metric', 'value', 'unit', 'source'] as const;

const NUTS = /^[A-Z]{2}[A-Z0-9]{0,3}$/;
const NACE_CODE = '[A-U](?:\\d{2}(?:\\.\\d{1,2})?)?';
const NACE = new RegExp(`^${NACE_CODE}(?:-${NACE_CODE})?$`);

const statisticsRow = z.strictObject({
  region: z.string().trim().refine((s) => NUTS.test(s) || idSchema.safeParse(s).success, 'must be a NUTS 2021 id (BE211) or a region id (province-antwerp)'),
  category: z.string().trim().refine((s) => NACE.test(s) || idSchema.safeParse(s).success, 'must be a NACE code (C20, C10-C12) or a sector id (sector-chemistry)'),
  year: z.coerce.number().pipe(year),
  metric: z.string().trim().regex(/^[a-z][a-z0-9_]*$/, 'must be a metric name in lowercase (employees, value_added)'),
  value: z.string().trim().regex(/^-?\d+(\.\d+)?$/, 'must be a number with a decimal point (12345.6)').transform(Number),
  unit: text,
  source: text,
});

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The import sources a statistics.csv stands for, read against the graph (sources.ts, `expand`). */
export async function statisticsSources(db: GraphDb, name: string, file: string): Promise<ImportSource[]> {
  const known = await db.rows<{ kind: string; code: string; id: string }>('statistics-known');
  const sectorsByNace = new Map(known.filter((k) => k.kind === 'sector').map((k) => [k.code, k.id]));
  const table = nuts2021();
  const rows: SourceRow[] = [];
  const documents = new Map<string, Record<string, unknown>>();
  const sectors = new Map<string, Record<string, unknown>>();
  const docOf = (source: string, y: number) => {
    const id = `statistics-${createHash('sha256').update(source).digest('hex').slice(0, 12)}`;
    const doc = documents.get(id);
    if (doc) doc.year = Math.max(doc.year as number, y);
    else documents.set(id, { id, name: source, title: source, publisher: source, year: y, file: path.basename(name) });
    return id;
  };
  const regionsCite = { sources: [] as string[] };
  const place = places(new Map(known.filter((k) => k.kind === 'region').map((k) => [k.code, k.id])), regionsCite);

  const parser = createReadStream(file).pipe(parse({ bom: true, columns: (h: string[]) => h.map((c) => c.trim()), skip_empty_lines: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const row = info.lines;
      const parsed = statisticsRow.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const column = issue.path.join('.') || 'row';
        rows.push({ row, error: `${column}: ${issue.code === 'unrecognized_keys' ? `unknown column(s) ${issue.keys.join(', ')}; the columns are ${STATISTICS_COLUMNS.join(', ')}` : issue.message}` });
        continue;
      }
      const r = parsed.data;
      if (NUTS.test(r.region) && !table.has(r.region)) {
        rows.push({ row, error: `region: ${r.region} is not a NUTS 2021 id` });
        continue;
      }
      const doc = docOf(r.source, r.year);
      if (!regionsCite.sources.length) regionsCite.sources.push(doc);
      const region = NUTS.test(r.region) ? place.regionOf(undefined, r.region)! : r.region;
      let sector = r.category;
      if (NACE.test(r.category)) {
        sector = sectorsByNace.get(r.category) ?? `nace-${slug(r.category)}`;
        if (!sectorsByNace.has(r.category) && !sectors.has(sector)) {
          sectors.set(sector, { id: sector, name: `NACE ${r.category}`, kind: 'sector', nace: r.category, sources: [doc], evidence: `NACE ${r.category} in ${r.source}` });
        }
      }
      rows.push({
        row,
        record: {
          id: `stat-${slug(`${region}-${sector}-${r.metric}-${r.year}`)}`,
          name: `${r.metric} – ${sector} – ${r.region}, ${r.year}`,
          metric: r.metric,
          year: r.year,
          value: r.value,
          printed: record.value!.trim(),
          unit: r.unit,
          sector,
          region,
          sources: [doc],
          evidence: `${r.source}: ${r.metric} ${r.region} ${r.category} ${r.year} = ${record.value!.trim()} ${r.unit}`,
        },
      });
    }
  } catch (err) {
    rows.push({ row: (err as { lines?: number }).lines ?? 0, error: `the file cannot be read as CSV: ${(err as Error).message}` });
  }
  const observations: ImportSource = {
    name,
    target: { kind: 'node', label: 'Observation' },
    async *rows() {
      yield* rows;
    },
  };
  return [
    memorySource(`${name} (sources)`, { kind: 'node', label: 'Document' }, () => documents.values()),
    memorySource(`${name} (regions)`, { kind: 'node', label: 'Region' }, () => place.regions),
    memorySource(`${name} (regions, part of)`, { kind: 'link', type: 'PART_OF' }, () => place.partOf),
    memorySource(`${name} (sectors)`, { kind: 'node', label: 'Sector' }, () => sectors.values()),
    observations,
  ];
}
