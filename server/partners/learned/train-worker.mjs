// The entry of a training thread: fits the learned ranker on the data it is sent, then answers
// once. Like the partner thread, it registers tsx itself: a worker thread does not inherit the
// app's TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const tsx = register({ namespace: 'helix-train-worker' });
const { trainRanker } = await tsx.import('./train.ts', import.meta.url);

parentPort.once('message', ({ data, options }) => {
  try {
    parentPort.postMessage({ ranker: trainRanker(data, options) ?? null });
  } catch (err) {
    parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
