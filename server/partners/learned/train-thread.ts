import { Worker } from 'node:worker_threads';
import type { PartnerData } from '../data.ts';
import type { TrainedRanker, TrainOptions } from './train.ts';

export interface Training {
  /** The ranker, or undefined when the data has no dated history to learn from. */
  result: Promise<TrainedRanker | undefined>;
  /** Ends the thread (training superseded by newer data, or shutdown); `result` then rejects. */
  stop(): Promise<void>;
}

/**
 * Trains the learned ranker (train.ts) in a worker thread of its own, started for this training
 * and ended after it: training reads the graph's whole history (seconds to minutes on a
 * CORDIS-sized network), and neither the app's event loop nor the partner thread, which answers
 * partner requests, waits for it.
 */
export function trainInThread(data: PartnerData, options: TrainOptions = {}): Training {
  const worker = new Worker(new URL('./train-worker.mjs', import.meta.url));
  // It must not keep the process alive.
  worker.unref();
  const result = new Promise<TrainedRanker | undefined>((resolve, reject) => {
    worker.once('message', ({ ranker, error }: { ranker?: TrainedRanker | null; error?: string }) => {
      if (error !== undefined) reject(new Error(error));
      else resolve(ranker ?? undefined);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the training thread stopped (exit code ${code})`)));
  });
  // The caller may drop a superseded training's result: no unhandled rejection for it.
  result.catch(() => undefined);
  worker.postMessage({ data, options });
  return { result, stop: async () => void (await worker.terminate()) };
}
