import { parse } from 'csv-parse';
import { CORDIS_TABLES } from '../../../contract/index.ts';
import { CordisInputError, type CordisPlace } from './errors.ts';
import type { CordisInput } from './inputs.ts';
import { programmeOf, type CordisSink, type InputSummary, type OrganisationRecord, type Programme, type ProjectRecord } from './records.ts';

// The publisher's CORDIS layout (FP7, H2020 and Horizon Europe "projects" archives): `;`-separated,
// every field quoted, fields may span lines, columns read by name (copies add or drop some).
// project.csv is read first (the programme of each project), then organization.csv a row at a
// time. Quirks: a decimal comma in the participant's totalCost, `geolocation` as "lat,lon",
// `nutsCode` as a NUTS code, a country code or nothing, natural persons in Horizon Europe.

export const PUBLISHER_TABLES = CORDIS_TABLES;

const REQUIRED: Record<string, string[]> = {
  [PUBLISHER_TABLES.organisations]: ['projectID', 'organisationID', 'role'],
  [PUBLISHER_TABLES.projects]: ['id'],
};

const NOT_SEMICOLON = 'CORDIS files are separated by ";", this one is not';

interface Row {
  place: CordisPlace;
  /** The field of a column by name; '' when the column is absent or the field empty. */
  get(column: string): string;
  has(column: string): boolean;
}

/** The rows of one table, checked against its header; errors name input, file, row and column. */
async function* tableRows(input: CordisInput, file: string): AsyncGenerator<Row> {
  const table = input.tables.get(file)!;
  const where = { input: input.name, file: table.file };
  const parser = (await table.open()).pipe(parse({ bom: true, delimiter: ';', skip_empty_lines: true, info: true }));
  let header: string[] | undefined;
  let index = new Map<string, number>();
  let row = 0;
  try {
    for await (const { record } of parser as AsyncIterable<{ record: string[] }>) {
      row++;
      if (!header) {
        header = record.map((c) => c.trim());
        if (header.length === 1 && /[,\t]/.test(header[0]!)) {
          throw new CordisInputError({ ...where, row: 1 }, `${NOT_SEMICOLON} (the header reads as one column "${header[0]!.slice(0, 60)}…")`);
        }
        index = new Map(header.map((c, i) => [c, i]));
        const missing = (REQUIRED[file] ?? []).filter((c) => !index.has(c));
        if (missing.length) throw new CordisInputError({ ...where, row: 1, column: missing[0] }, `the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing (the header has ${header.join(', ')})`);
        continue;
      }
      if (record.length !== header.length) {
        throw new CordisInputError({ ...where, row }, `has ${record.length} fields where the header has ${header.length} (a field with a stray quote or separator?)`);
      }
      const cells = record;
      yield {
        place: { ...where, row },
        get: (c) => {
          const i = index.get(c);
          return i === undefined ? '' : cells[i]!.trim();
        },
        has: (c) => index.has(c),
      };
    }
  } catch (err) {
    if (err instanceof CordisInputError) throw err;
    const e = err as Error & { code?: string; records?: number; lines?: number };
    if (e.code?.startsWith('CSV_') && !e.records) throw new CordisInputError({ ...where, row: 1 }, `${NOT_SEMICOLON} (${e.message})`);
    if (e.code?.startsWith('CSV_')) throw new CordisInputError({ ...where, row: e.records! + 1 }, `cannot be read as CSV: ${e.message}`);
    throw new CordisInputError(where, `cannot be read (${e.message}); is the archive complete?`);
  }
  if (!header) throw new CordisInputError(where, 'is empty (no header row)');
}

/** A euro amount: a decimal point, or the decimal comma the publisher prints in some columns. */
function amount(row: Row, column: string): number | undefined {
  const s = row.get(column);
  if (s === '') return undefined;
  const n = /^-?\d+,\d+$/.test(s) ? Number(s.replace(',', '.')) : Number(s);
  if (!Number.isFinite(n) || n < 0) throw new CordisInputError({ ...row.place, column }, `"${s}" is not an amount in euro`);
  return n;
}

function date(row: Row, column: string): string | undefined {
  const s = row.get(column);
  if (s === '') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (!m) throw new CordisInputError({ ...row.place, column }, `"${s}" is not a date (YYYY-MM-DD)`);
  return m[1];
}

function geolocation(row: Row): { lat?: number; lon?: number } {
  const s = row.get('geolocation');
  if (s === '') return {};
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(s);
  const lat = Number(m?.[1]);
  const lon = Number(m?.[2]);
  if (!m || Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new CordisInputError({ ...row.place, column: 'geolocation' }, `"${s}" is not "latitude,longitude"`);
  return { lat, lon };
}

const opt = (s: string) => (s === '' ? undefined : s);

/**
 * A natural person: Horizon Europe publishes participants who are people with name and
 * coordinates but no address, city, VAT number, short name or SME flag. Only judged when the
 * file has the address columns at all.
 */
function naturalPerson(row: Row, programme: Programme): boolean {
  if (programme !== 'horizon' || !['street', 'postCode', 'city', 'SME'].every((c) => row.has(c))) return false;
  return ['street', 'postCode', 'city', 'vatNumber', 'shortName', 'SME', 'organizationURL'].every((c) => row.get(c) === '');
}

export async function readPublisherInput(input: CordisInput, sink: CordisSink): Promise<InputSummary> {
  const summary: InputSummary = { input: input.name, layout: 'publisher', programmes: [], files: [], unusedTables: [] };
  const used = new Set<string>([PUBLISHER_TABLES.organisations, PUBLISHER_TABLES.projects]);
  summary.unusedTables = [...input.tables.values()].filter((t) => !used.has(t.file.toLowerCase())).map((t) => t.file).sort();
  const fromName = programmeOf(input.name);
  const programmes = new Set<Programme>();
  const updated = (s: string) => {
    const d = s.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return;
    if (!summary.contentFrom || d < summary.contentFrom) summary.contentFrom = d;
    if (!summary.contentTo || d > summary.contentTo) summary.contentTo = d;
  };

  const projectProgramme = new Map<string, Programme>();
  if (input.tables.has(PUBLISHER_TABLES.projects)) {
    let rows = 0;
    for await (const row of tableRows(input, PUBLISHER_TABLES.projects)) {
      rows++;
      const id = row.get('id');
      if (!id) throw new CordisInputError({ ...row.place, column: 'id' }, 'the project id is empty');
      const fp = row.get('frameworkProgramme');
      const programme = fp ? programmeOf(fp) : fromName;
      if (!programme) {
        throw new CordisInputError(
          { ...row.place, column: 'frameworkProgramme' },
          fp ? `unknown programme "${fp}" (the import reads FP7, H2020 and HORIZON)` : `the programme is not given, and "${input.name}" does not name FP7, H2020 or HORIZON`,
        );
      }
      programmes.add(programme);
      projectProgramme.set(id, programme);
      updated(row.get('contentUpdateDate'));
      const legalBasis = opt(row.get('legalBasis'));
      const project: ProjectRecord = {
        programme,
        id,
        acronym: opt(row.get('acronym')),
        title: opt(row.get('title')),
        status: opt(row.get('status')),
        start: date(row, 'startDate'),
        end: date(row, 'endDate'),
        totalCost: amount(row, 'totalCost'),
        ecMaxContribution: amount(row, 'ecMaxContribution'),
        legalBasis,
        topics: opt(row.get('topics')),
        fundingScheme: opt(row.get('fundingScheme')),
        parts: (legalBasis ?? '').split(/[;,]/).map((x) => x.trim()).filter(Boolean),
      };
      sink.project(project);
    }
    summary.files.push({ file: input.tables.get(PUBLISHER_TABLES.projects)!.file, rows });
  }

  let rows = 0;
  for await (const row of tableRows(input, PUBLISHER_TABLES.organisations)) {
    rows++;
    const project = row.get('projectID');
    if (!project) throw new CordisInputError({ ...row.place, column: 'projectID' }, 'the project id is empty');
    const pic = row.get('organisationID');
    if (!/^\d+$/.test(pic)) throw new CordisInputError({ ...row.place, column: 'organisationID' }, `"${pic}" is not a participant identification code (PIC)`);
    const programme = projectProgramme.get(project) ?? fromName;
    if (!programme) {
      throw new CordisInputError(
        { ...row.place, column: 'projectID' },
        projectProgramme.size ? `project ${project} is not in ${PUBLISHER_TABLES.projects}` : `the programme is unknown: "${input.name}" has no ${PUBLISHER_TABLES.projects} and its name does not say FP7, H2020 or HORIZON`,
      );
    }
    programmes.add(programme);
    const role = row.get('role');
    if (!role) throw new CordisInputError({ ...row.place, column: 'role' }, 'the role is empty');
    updated(row.get('contentUpdateDate'));
    const natural = naturalPerson(row, programme);
    const org: OrganisationRecord = natural
      ? { pic, natural, activityType: opt(row.get('activityType')), country: opt(row.get('country')) }
      : {
          pic,
          natural,
          name: opt(row.get('name')),
          shortName: opt(row.get('shortName')),
          activityType: opt(row.get('activityType')),
          country: opt(row.get('country')),
          city: opt(row.get('city')),
          nutsCode: opt(row.get('nutsCode')),
          ...geolocation(row),
          updated: opt(row.get('contentUpdateDate')),
        };
    sink.participation({ programme, project, projectAcronym: opt(row.get('projectAcronym')), org, role, ecContribution: amount(row, 'ecContribution'), place: row.place });
    // The participant's own totalCost prints a decimal comma: checked, not stored.
    amount(row, 'totalCost');
  }
  summary.files.push({ file: input.tables.get(PUBLISHER_TABLES.organisations)!.file, rows });
  summary.programmes = [...programmes].sort();
  return summary;
}
