import { Worker } from 'node:worker_threads';
import type { PartnerData } from '../data.ts';
import type { TrainedRanker, TrainOptions } from './train.ts';

/** What a training gives: the data's fingerprint (fingerprint.ts) and the ranker fitted on it. */
export interface Trained {
  fingerprint: string;
  /** Undefined when the data has no dated history to learn from, or when `unchanged`. */
  ranker?: TrainedRanker;
  /** The data is the one the caller's last model was trained on (`known`): nothing was fitted. */
  unchanged?: true;
}

export interface Training {
  result: Promise<Trained>;
  /** Ends the thread (training superseded by newer data, or shutdown); `result` then rejects. */
  stop(): Promise<void>;
}

/**
 * Trains the learned ranker (train.ts) in a worker thread of its own, started for this training
 * and ended after it: training reads the graph's whole history (seconds to minutes on a
 * CORDIS-sized network), and neither the app's event loop nor the partner thread, which answers
 * partner requests, waits for it. With `known`, the fingerprint of the data the last model was
 * trained on, data with the same content is not fitted again.
 */
export function trainInThread(data: PartnerData, known?: string, options: TrainOptions = {}): Training {
  const worker = new Worker(new URL('./train-worker.mjs', import.meta.url));
  // It must not keep the process alive.
  worker.unref();
  const result = new Promise<Trained>((resolve, reject) => {
    worker.once('message', ({ trained, error }: { trained?: Trained; error?: string }) => {
      if (error !== undefined || !trained) reject(new Error(error ?? 'the training thread answered nothing'));
      else resolve(trained);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the training thread stopped (exit code ${code})`)));
  });
  // The caller may drop a superseded training's result: no unhandled rejection for it.
  result.catch(() => undefined);
  worker.postMessage({ data, known, options });
  return { result, stop: async () => void (await worker.terminate()) };
}
