import path from 'node:path';
import { graphCounts, type GraphCounts } from '../db/counts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { readSeedFiles } from './read.ts';
import { formatProblem, validateSeeds } from './validate.ts';
import { writeGraph } from './write.ts';

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`the seeds are invalid, nothing was written:\n${problems.join('\n')}`);
  }
}

/**
 * Validates every file of the seeds folder, then writes them all, or nothing when any is wrong
 * (`timeoutMs`: of the one write transaction; benchmarks on a busy machine give it longer).
 */
export async function loadSeeds(db: GraphDb, dir: string, timeoutMs?: number): Promise<GraphCounts> {
  const { files, errors } = await readSeedFiles(path.resolve(dir));
  const result = validateSeeds(files);
  const problems = [...errors, ...(result.ok ? [] : result.problems.map(formatProblem))];
  if (problems.length || !result.ok) throw new SeedValidationError(problems);
  await writeGraph(db, result.graph, timeoutMs);
  return graphCounts(db);
}
