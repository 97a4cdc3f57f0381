// The entry of a training thread: fits the learned ranker on the data it is sent (unless that data
// is the one the last model was trained on), then answers once. Like the partner thread, it
// registers tsx itself: a worker thread does not inherit the app's TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const tsx = register({ namespace: 'helix-train-worker' });
const { trainRanker } = await tsx.import('./train.ts', import.meta.url);
const { dataFingerprint } = await tsx.import('./fingerprint.ts', import.meta.url);

parentPort.once('message', ({ data, known, options }) => {
  try {
    const fingerprint = dataFingerprint(data);
    if (fingerprint === known) parentPort.postMessage({ trained: { fingerprint, unchanged: true } });
    else {
      const ranker = trainRanker(data, options);
      parentPort.postMessage({ trained: { fingerprint, ...(ranker ? { ranker } : {}) } });
    }
  } catch (err) {
    parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
