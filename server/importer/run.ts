import type { GraphDb } from '../db/graph-db.ts';
import type { ImportSource } from './sources.ts';
import { formatImportProblem, validateImport, type ImportProblem, type ValidationReport } from './validate.ts';
import { recoverBeforeImport } from './staging.ts';
import { writeImport, type WriteOptions, type WriteSummary } from './write.ts';

// The one code path of every import (CLI, API, UI, CORDIS connector): undo any staged import an
// earlier crash left unfinished, validate every row of every file, then, only when nothing is
// wrong and it is not a dry run, write all of it (in one transaction, or staged: write.ts).

export class ImportValidationError extends Error {
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

export interface ImportOptions extends WriteOptions {
  dryRun?: boolean;
  /** Problems found before the rows were read (e.g. file names the import does not know). */
  preProblems?: ImportProblem[];
  onValidated?: (report: ValidationReport) => void;
}

export async function runImport(db: GraphDb, sources: ImportSource[], options: ImportOptions = {}): Promise<ImportOutcome> {
  await recoverBeforeImport(db);
  const { report, resolver } = await validateImport(db, sources, options.preProblems);
  options.onValidated?.(report);
  if (!report.ok) throw new ImportValidationError(report);
  if (options.dryRun) return { report };
  const summary = await writeImport(db, sources, resolver, report.rows, options);
  return { report, summary };
}
