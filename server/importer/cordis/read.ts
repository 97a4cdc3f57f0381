import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { CORDIS_FILES } from '../../../contract/index.ts';

// Reads the CORDIS extract (see ../shared/data/cordis-be/README.md) a row at a time.

export interface CordisParticipation {
  projectRcn: string;
  organisationID: string;
  role: string;
  activityType: string;
  ecContribution: string;
  country: string;
}

export interface CordisProject {
  rcn: string;
  programmeParts: string;
  startDate: string;
  endDate: string;
  totalCost: string;
  ecMaxContribution: string;
}

export interface CordisName {
  organisationID: string;
  name: string;
  shortName: string;
  city: string;
  nuts3Code: string;
}

export { CORDIS_FILES } from '../../../contract/index.ts';

export async function* readCordisCsv<T>(dir: string, file: string): AsyncGenerator<T> {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    if (file === CORDIS_FILES.names) return;
    throw new Error(`${file} is missing from ${dir}: a CORDIS import needs ${CORDIS_FILES.participations} and ${CORDIS_FILES.projects}`);
  }
  yield* createReadStream(full).pipe(parse({ bom: true, columns: true, skip_empty_lines: true })) as AsyncIterable<T>;
}
