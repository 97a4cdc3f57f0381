import Piscina from 'piscina';
import type { Config } from '../config.ts';
import { Busy, TimedOut } from '../domain-errors.ts';
import type { AnalysisAnswer, AnalysisJob } from './analysis-jobs.ts';

/** Seconds a client should wait before asking again when the queue is full. */
export const ANALYSIS_RETRY_AFTER_S = 5;
/** An idle worker stays this long: starting one (loading the TypeScript of the analytics) costs about a second. */
const IDLE_MS = 60_000;
/**
 * Workers run at a lower CPU priority (nice +10; Linux sets it per thread) so that the event
 * loop, and Neo4j when it shares the machine, win the CPU whenever they need it: on 2 cores two
 * busy workers at normal priority slowed /api/health to seconds.
 */
const NICE = 10;

/** The job was stopped because nobody waits for its answer any more. */
export class Abandoned extends Error {
  constructor() {
    super('the client went away before the analysis was done');
  }
}

export interface AnalysisPoolOptions {
  threads: number;
  /** Jobs that may wait for a thread; one more is refused with Busy (503). */
  maxQueue: number;
  /** A job waiting and running longer is stopped (its thread ended) and answers TimedOut (504). */
  timeoutMs: number;
}

/**
 * The worker threads that run the CPU-heavy analyses (analysis-jobs.ts) off the event loop. The
 * threads start on the first job, so an app that never analyses never starts one.
 */
export class AnalysisPool {
  private pool?: Piscina<AnalysisJob, AnalysisAnswer>;
  private closed = false;

  constructor(readonly options: AnalysisPoolOptions) {}

  static fromConfig(config: Pick<Config, 'HELIX_ANALYTICS_THREADS' | 'HELIX_ANALYTICS_QUEUE' | 'HELIX_ANALYTICS_TIMEOUT_MS'>): AnalysisPool {
    return new AnalysisPool({ threads: config.HELIX_ANALYTICS_THREADS, maxQueue: config.HELIX_ANALYTICS_QUEUE, timeoutMs: config.HELIX_ANALYTICS_TIMEOUT_MS });
  }

  /** Throws Busy when a job would be refused now; checked before reading a large request body too. */
  admit(): void {
    if (this.closed || (this.pool?.queueSize ?? 0) >= this.options.maxQueue) throw this.busy();
  }

  private busy(): Busy {
    const detail = this.closed ? 'the server is shutting down' : `${this.options.maxQueue} analyses are already waiting for one of ${this.options.threads} analysis threads`;
    return new Busy(`${detail}; try again in ${ANALYSIS_RETRY_AFTER_S} s`, ANALYSIS_RETRY_AFTER_S, { title: 'Analysis queue full' });
  }

  private threads(): Piscina<AnalysisJob, AnalysisAnswer> {
    this.pool ??= new Piscina<AnalysisJob, AnalysisAnswer>({
      filename: new URL('./analysis-worker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: this.options.threads,
      maxQueue: this.options.maxQueue,
      idleTimeout: IDLE_MS,
      niceIncrement: NICE,
    });
    return this.pool;
  }

  /**
   * Runs a job on a worker thread: its answer, or Busy, TimedOut, or the 400 of a posted graph.
   * `cancel` (the client went away) stops the job and rejects with Abandoned.
   */
  async run(job: AnalysisJob, cancel?: AbortSignal, timeoutMs = this.options.timeoutMs): Promise<AnalysisAnswer> {
    this.admit();
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      return await this.threads().run(job, { signal: cancel ? AbortSignal.any([timeout, cancel]) : timeout });
    } catch (err) {
      if (cancel?.aborted) throw new Abandoned();
      if (timeout.aborted) {
        throw new TimedOut(undefined, `the analysis took longer than ${timeoutMs} ms (HELIX_ANALYTICS_TIMEOUT_MS, waiting included) and was stopped; analyse a smaller graph or try again later`, {
          title: 'Analysis timed out',
        });
      }
      // Piscina's own check of the same limit.
      if (/Task queue is at limit|No task queue available/.test((err as Error).message)) throw this.busy();
      throw err;
    }
  }

  /** Stops the threads, ending running jobs; later jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.destroy();
  }
}
