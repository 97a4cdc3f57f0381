// The entry of the analysis pool's worker threads. A worker thread does not inherit the TypeScript
// loader of the app (`node --import tsx`, or vitest's transform in tests), so it registers tsx
// itself, in its own namespace so that it does not clash with a loader already there.
import { register } from 'tsx/esm/api';

const tsx = register({ namespace: 'helix-analysis-worker' });
const { runAnalysisJob } = await tsx.import('./analysis-jobs.ts', import.meta.url);

export default runAnalysisJob;
