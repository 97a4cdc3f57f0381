import { parse } from 'csv-parse';
import { CORDIS_FILES } from '../../../contract/index.ts';
import { CordisInputError } from './errors.ts';
import type { CordisInput } from './inputs.ts';
import type { CordisSink, InputSummary, OrganisationRecord } from './records.ts';

// The older tidy H2020 extract (organizations.csv, projects.csv, organization-names.csv:
// comma-separated, one row per participation, programme parts precomputed). Kept so graphs built
// from it can be compared with and extended by the publisher's archives.

export const isTidyInput = (input: CordisInput) => input.tables.has(CORDIS_FILES.participations);

async function* rows(input: CordisInput, file: string, required: string[]): AsyncGenerator<{ row: number; r: Record<string, string> }> {
  const table = input.tables.get(file);
  const where = { input: input.name, file };
  if (!table) throw new CordisInputError(where, `is missing: the tidy extract needs ${CORDIS_FILES.participations} and ${CORDIS_FILES.projects}`);
  const parser = (await table.open()).pipe(parse({ bom: true, columns: true, skip_empty_lines: true }));
  let row = 1;
  try {
    for await (const r of parser as AsyncIterable<Record<string, string>>) {
      row++;
      if (row === 2) {
        const missing = required.filter((c) => !(c in r));
        if (missing.length) throw new CordisInputError({ ...where, row: 1, column: missing[0] }, `the required column ${missing.join(', ')} is missing`);
      }
      yield { row, r };
    }
  } catch (err) {
    if (err instanceof CordisInputError) throw err;
    throw new CordisInputError({ ...where, row: row + 1 }, `cannot be read as CSV: ${(err as Error).message}`);
  }
}

const amount = (s: string | undefined) => (s ? Number(s) : undefined);

export async function readTidyInput(input: CordisInput, sink: CordisSink): Promise<InputSummary> {
  const summary: InputSummary = { input: input.name, layout: 'tidy', programmes: ['h2020'], files: [], unusedTables: [] };
  const names = new Map<string, Record<string, string>>();
  if (input.tables.has(CORDIS_FILES.names)) {
    let n = 0;
    for await (const { r } of rows(input, CORDIS_FILES.names, ['organisationID', 'name'])) {
      n++;
      names.set(r.organisationID!, r);
    }
    summary.files.push({ file: CORDIS_FILES.names, rows: n });
  }
  let n = 0;
  for await (const { r } of rows(input, CORDIS_FILES.projects, ['rcn'])) {
    n++;
    sink.project({
      programme: 'h2020',
      id: r.rcn!,
      start: r.startDate || undefined,
      end: r.endDate || undefined,
      totalCost: amount(r.totalCost),
      ecMaxContribution: amount(r.ecMaxContribution),
      parts: (r.programmeParts ?? '').split(';').map((x) => x.trim()).filter(Boolean),
    });
  }
  summary.files.push({ file: CORDIS_FILES.projects, rows: n });
  n = 0;
  for await (const { row, r } of rows(input, CORDIS_FILES.participations, ['projectRcn', 'organisationID', 'role'])) {
    n++;
    const name = names.get(r.organisationID!);
    const org: OrganisationRecord = {
      pic: r.organisationID!,
      natural: false,
      name: name?.name || undefined,
      shortName: name?.shortName || undefined,
      city: name?.city || undefined,
      nutsCode: name?.nuts3Code || undefined,
      activityType: r.activityType || undefined,
      country: r.country || undefined,
    };
    sink.participation({ programme: 'h2020', project: r.projectRcn!, org, role: r.role!, ecContribution: amount(r.ecContribution), place: { input: input.name, file: CORDIS_FILES.participations, row } });
  }
  summary.files.push({ file: CORDIS_FILES.participations, rows: n });
  return summary;
}
