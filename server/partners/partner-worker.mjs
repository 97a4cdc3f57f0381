// The entry of the partner thread. Like the analysis workers, it registers tsx itself: a worker
// thread does not inherit the app's TypeScript loader.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const tsx = register({ namespace: 'helix-partner-worker' });
const { runPartnerJob } = await tsx.import('./partner-jobs.ts', import.meta.url);

parentPort.on('message', ({ id, job }) => {
  try {
    parentPort.postMessage({ id, reply: runPartnerJob(job) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
