import type { GraphDb } from '../db/graph-db.ts';
import type { ImportSource } from './sources.ts';
import { formatImportProblem, validateImport, type ImportProblem, type ValidationHooks, type ValidationReport } from './validate.ts';
import { Resolver } from './resolver.ts';
import { inImportOrder } from './sources.ts';
import { recoverBeforeImport, STAGE_ABOVE_ROWS } from './staging.ts';
import { ValidatedQueue } from './validated-queue.ts';
import { RowSpool } from './spool.ts';
import { writeImport, type Progress, type WriteOptions, type WriteSummary } from './write.ts';

// The one code path of every import (CLI, API, Import view, CORDIS connector): undo any staged
// import an earlier crash left unfinished, validate every row of every file, then, only when
// nothing is wrong and it is not a dry run, write all of it (in one transaction, or staged:
// write.ts). The CLI runs it to the end (runImport); the API answers once the files are
// validated and lets the writing go on as a job (prepareImport, then `write`). An import of
// files starts writing while its later files are still validated (writeEarly); a problem found
// later undoes that writing (or rolls back the one transaction) before the answer.

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
  let early: Awaited<ReturnType<typeof writeEarly>>;
  try {
    early = spool ? await writeEarly(db, sources, options) : undefined;
    const { report, resolver, sources: toWrite } = await validateImport(db, sources, options.preProblems, spool, early?.hooks);
    options.onValidated?.(report);
    if (!report.ok) throw new ImportValidationError(report);
    if (!spool) return { report };
    if (early) {
      const writing = early;
      writing.validated(report.rows);
      return { report, write: (onProgress = options.onProgress) => writing.written(onProgress).finally(() => spool.remove()) };
    }
    const { staged, timeoutMs, viaFiles } = options;
    return { report, write: (onProgress = options.onProgress) => writeImport(db, toWrite, resolver, report.rows, { staged, timeoutMs, viaFiles, onProgress }).finally(() => spool.remove()) };
  } catch (err) {
    // What was written while the files were validated is undone before the answer.
    await early?.stop(err as Error);
    await spool?.remove();
    throw err;
  }
}

/**
 * An import of files is written while its later files are still being validated: each file's
 * batches go to Neo4j as soon as the file is read without a problem. A staged import (asked for,
 * or more than STAGE_ABOVE_ROWS rows by their line counts) commits them batch by batch; a problem
 * in any later file (or in the checks at the end of validation) stops the writing and undoes the
 * staged import (staging.ts) before the answer, and the switch-over comes only after every file
 * is valid. A smaller import writes into its one transaction, which commits only after every file
 * is valid and is rolled back on a problem: readers never see any of it before, and bad input
 * still changes nothing. Undefined when the import is written after validation (not all files).
 */
async function writeEarly(db: GraphDb, sources: ImportSource[], options: ImportOptions) {
  if (!sources.length || !sources.every((s) => s.estimateRows && s.keepRows)) return undefined;
  // A file that cannot be read is left to validation, which says what is wrong with it.
  const counts = await Promise.all(sources.map((s) => s.estimateRows!())).catch(() => undefined);
  if (!counts) return undefined;
  const estimate = counts.reduce((a, b) => a + b, 0);
  const staged = options.staged ?? estimate > STAGE_ABOVE_ROWS;
  const queue = new ValidatedQueue();
  const resolver = new Resolver();
  let rows: number | undefined;
  let onProgress = options.onProgress;
  const { timeoutMs, viaFiles } = options;
  const writing = writeImport(db, queue, resolver, () => rows ?? estimate, {
    staged,
    timeoutMs,
    viaFiles,
    onProgress: (p) => onProgress?.(p),
    early: { files: inImportOrder(sources).map((s) => s.name), beforeLinks: () => resolver.lookUp(db), stopped: () => queue.stopped },
  });
  // Awaited by written() or stop(); until then a failure must not count as unhandled.
  writing.catch(() => {});
  return {
    hooks: {
      resolver,
      onFile: (source: ImportSource, problems: number) => (problems ? queue.fail(new Error('the import files have problems')) : queue.add(source)),
    } satisfies ValidationHooks,
    validated(total: number) {
      rows = total;
      queue.end();
    },
    written(progress?: OnProgress) {
      onProgress = progress;
      return writing;
    },
    /** Stops the writing and waits until what it wrote is undone. */
    async stop(reason: Error) {
      queue.fail(reason);
      await writing.catch(() => {});
    },
  };
}

/** The whole import: validation, then (unless a dry run) the writing, reporting to options.onProgress. */
export async function runImport(db: GraphDb, sources: ImportSource[], options: ImportOptions = {}): Promise<ImportOutcome> {
  const { report, write } = await prepareImport(db, sources, options);
  return write ? { report, summary: await write() } : { report };
}
