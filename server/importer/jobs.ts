import { randomUUID } from 'node:crypto';
import type { Match } from './resolve/match.ts';
import type { CordisStats } from './cordis/connector.ts';
import { SwitchOverInterrupted } from './staging.ts';
import type { ValidationReport } from './validate.ts';
import type { WriteSummary } from './write.ts';

// Imports started over the API run in the background as jobs the client polls for progress.
// One import writes at a time (import-claim.ts).

export interface ImportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  startedAt: string;
  progress: { done: number; total: number; file?: string };
  report: ValidationReport;
  summary?: WriteSummary;
  cordis?: { stats: CordisStats; review: Match[] };
  error?: string;
}

const MAX_KEPT = 50;
const jobs = new Map<string, ImportJob>();

export const getJob = (id: string): ImportJob | undefined => jobs.get(id);

/** Starts `work` as a job; it reports progress through the callback it is given. */
export function startJob(
  report: ValidationReport,
  work: (onProgress: (p: ImportJob['progress']) => void) => Promise<WriteSummary>,
  cordis?: ImportJob['cordis'],
): ImportJob {
  const job: ImportJob = { id: randomUUID(), status: 'running', startedAt: new Date().toISOString(), progress: { done: 0, total: report.rows }, report, cordis };
  jobs.set(job.id, job);
  for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - MAX_KEPT))) jobs.delete(old);
  work((p) => (job.progress = p))
    .then((summary) => {
      job.summary = summary;
      job.progress = { done: summary.rows, total: summary.rows };
      job.status = 'done';
    })
    .catch((err: unknown) => {
      job.status = 'failed';
      const message = (err as Error).message.split('\n')[0];
      job.error = err instanceof SwitchOverInterrupted ? message : `nothing was written (the import was rolled back): ${message}`;
    });
  return job;
}
