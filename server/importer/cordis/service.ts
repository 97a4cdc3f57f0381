import type { GraphDb } from '../../db/graph-db.ts';
import { ImportValidationError, prepareImport, type ImportOptions, type ImportOutcome, type PreparedImport } from '../run.ts';
import { DEFAULT_MAX_CONSORTIUM, cordisImport, type CordisImport } from './connector.ts';

// The CORDIS import as the CLI, the API and the Import view run it: read the files into import
// rows, then the same validation and all-or-nothing writing as every other import (run.ts).

export interface CordisOptions extends ImportOptions {
  maxConsortium?: number;
}

export type CordisSummary = Pick<CordisImport, 'stats' | 'review'>;

export async function prepareCordisImport(db: GraphDb, dir: string, options: CordisOptions = {}): Promise<PreparedImport & { cordis: CordisImport }> {
  const cordis = await cordisImport(db, dir, options.maxConsortium ?? DEFAULT_MAX_CONSORTIUM);
  try {
    return { cordis, ...(await prepareImport(db, cordis.sources, options)) };
  } catch (err) {
    if (err instanceof ImportValidationError) err.details = { cordis: { stats: cordis.stats, review: cordis.review } };
    throw err;
  }
}

export async function runCordisImport(db: GraphDb, dir: string, options: CordisOptions = {}): Promise<ImportOutcome & { cordis: CordisImport }> {
  const { cordis, report, write } = await prepareCordisImport(db, dir, options);
  return { cordis, report, ...(write ? { summary: await write() } : {}) };
}
