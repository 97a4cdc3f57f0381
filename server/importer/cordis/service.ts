import { CORDIS_ARCHIVES, CORDIS_TABLES } from '../../../contract/index.ts';
import type { GraphDb } from '../../db/graph-db.ts';
import { ImportValidationError, prepareImport, type ImportOptions, type ImportOutcome, type PreparedImport } from '../run.ts';
import { DEFAULT_MAX_CONSORTIUM, cordisImport, type CordisImport } from './connector.ts';
import type { InputPath } from './inputs.ts';

// The CORDIS import as the CLI, the API and the Import view run it: read the files into import
// rows, then the same validation and all-or-nothing writing as every other import (run.ts).
// `paths`: the publisher's zip archives, the folders they were unpacked into, or folders holding
// archives; several at once.

export interface CordisOptions extends ImportOptions {
  maxConsortium?: number;
}

export type CordisSummary = Pick<CordisImport, 'stats' | 'review' | 'sameAs' | 'inputs' | 'oldNutsCodes' | 'document'>;

export const cordisSummary = ({ stats, review, sameAs, inputs, oldNutsCodes, document }: CordisSummary): CordisSummary => ({ stats, review, sameAs, inputs, oldNutsCodes, document });

type Paths = string | (string | InputPath)[];

export async function prepareCordisImport(db: GraphDb, paths: Paths, options: CordisOptions = {}): Promise<PreparedImport & { cordis: CordisImport }> {
  const cordis = await cordisImport(db, paths, options.maxConsortium ?? DEFAULT_MAX_CONSORTIUM);
  try {
    return { cordis, ...(await prepareImport(db, cordis.sources, options)) };
  } catch (err) {
    if (err instanceof ImportValidationError) err.details = { cordis: cordisSummary(cordis) };
    throw err;
  }
}

export async function runCordisImport(db: GraphDb, paths: Paths, options: CordisOptions = {}): Promise<ImportOutcome & { cordis: CordisImport }> {
  const { cordis, report, write } = await prepareCordisImport(db, paths, options);
  return { cordis, report, ...(write ? { summary: await write() } : {}) };
}

/** The name under which CSV files uploaded loose (not in an archive) appear in the summary and in errors. */
export const UPLOADED_FILES = 'uploaded files';

/** Why uploaded file names cannot be a CORDIS import (undefined when they can). */
export function cordisUploadProblem(names: string[]): string | undefined {
  if (!names.length) return 'send the CORDIS archives (zip) or their CSV files in the multipart field "files"';
  // the name becomes a file name on disk: at most 200 characters, well under the file systems' 255
  const bad = names.filter((n) => !/^[\w .()-]{1,196}\.(zip|csv)$/i.test(n) || n.startsWith('.'));
  if (bad.length) return `${bad.join(', ')}: a CORDIS import takes zip archives (e.g. ${CORDIS_ARCHIVES[1]}) or CSV files (${CORDIS_TABLES.organisations}, ${CORDIS_TABLES.projects})`;
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) return `${twice.join(', ')} was sent twice`;
  return undefined;
}
