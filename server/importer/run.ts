import type { GraphDb } from '../db/graph-db.ts';
import type { ImportSource } from './sources.ts';
import { formatImportProblem, validateImport, type ImportProblem, type ValidationReport } from './validate.ts';
import { recoverBeforeImport } from './staging.ts';
import { RowSpool } from './spool.ts';
import { writeImport, type Progress, type WriteOptions, type WriteSummary } from './write.ts';

// The one code path of every import (CLI, API, Import view, CORDIS connector): undo any staged
// import an earlier crash left unfinished, validate every row of every file, then, only when
// nothing is wrong and it is not a dry run, write all of it (in one transaction, or staged:
// write.ts). The CLI runs it to the end (runImport); the API answers once the files are
// validated and lets the writing go on as a job (prepareImport, then `write`).

export class ImportValidationError extends Error {
  /** What a connector found besides the rows (e.g. CORDIS counts), answered with the report. */
  details?: Record<string, unknown>;

  constructor(readonly report: ValidationReport) {
    const listed = report.problems.map(formatImportProblem);
    const more = report.problemCount > listed.length ? [`… and ${report.problemCount - listed.length} more`] : [];
    super(`the import files have ${report.problemCount} problem(s), nothing was written:\n${[...listed, ...more].join('\n')}`);
  }
}

export interface ImportOutcome {
  report: ValidationReport;
  /** Absent for a dry run. */
  summary?: WriteSummary;
}

export type OnProgress = (p: Progress) => void | Promise<void>;

export interface ImportOptions extends WriteOptions {
  dryRun?: boolean;
  /** Problems found before the rows were read (e.g. file names the import does not know). */
  preProblems?: ImportProblem[];
  onValidated?: (report: ValidationReport) => void;
  /** Where the rows of files are kept between validating and writing (spool.ts); default: the OS temp folder. */
  keepRowsIn?: string;
}

export interface PreparedImport {
  report: ValidationReport;
  /** Writes the validated files all or nothing; absent for a dry run. */
  write?: (onProgress?: OnProgress) => Promise<WriteSummary>;
}

/** Recovery and validation; throws ImportValidationError (nothing written) when a row is wrong. */
export async function prepareImport(db: GraphDb, sources: ImportSource[], options: ImportOptions = {}): Promise<PreparedImport> {
  await recoverBeforeImport(db);
  sources = (await Promise.all(sources.map((s) => (s.expand ? s.expand(db) : [s])))).flat();
  // The rows of files are kept for the writing pass (read once); removed when the import ends.
  const spool = options.dryRun ? undefined : await RowSpool.open(options.keepRowsIn);
  try {
    const { report, resolver, sources: toWrite } = await validateImport(db, sources, options.preProblems, spool);
    options.onValidated?.(report);
    if (!report.ok) throw new ImportValidationError(report);
    if (!spool) return { report };
    const { staged, timeoutMs, viaFiles } = options;
    return { report, write: (onProgress = options.onProgress) => writeImport(db, toWrite, resolver, report.rows, { staged, timeoutMs, viaFiles, onProgress }).finally(() => spool.remove()) };
  } catch (err) {
    await spool?.remove();
    throw err;
  }
}

/** The whole import: validation, then (unless a dry run) the writing, reporting to options.onProgress. */
export async function runImport(db: GraphDb, sources: ImportSource[], options: ImportOptions = {}): Promise<ImportOutcome> {
  const { report, write } = await prepareImport(db, sources, options);
  return write ? { report, summary: await write() } : { report };
}
