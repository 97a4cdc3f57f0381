// What the partner thread spares the event loop: `HELIX_BENCH_CORDIS_TIDY=<folder> npm run bench -- partner-thread`.
// On the CORDIS-sized network (a CORDIS extract in the tidy layout, every project): the graph built
// in process (the event loop held for the whole build), then handed to the partner thread (the
// event loop held only while the data is copied to it), with the longest stall of the event loop in each.
import path from 'node:path';
import { readCordis } from '../server/partners/eval/cordis.ts';
import { temporalSplit } from '../server/partners/eval/temporal.ts';
import { buildPartnerGraph } from '../server/partners/graph.ts';
import { PartnerThread } from '../server/partners/partner-thread.ts';
import { machine, writeResult } from './machine.ts';

const ms = (x: number) => Math.round(x * 10) / 10;

/** Runs `work` and says how long it took and the longest the event loop could not turn meanwhile. */
async function watched(work: () => unknown): Promise<{ totalMs: number; longestStallMs: number }> {
  const TICK = 5;
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - TICK);
    last = now;
  }, TICK);
  await new Promise((resolve) => setTimeout(resolve, 50));
  longest = 0;
  const started = performance.now();
  await work();
  const totalMs = performance.now() - started;
  // a few more ticks, so a stall at the very end is seen too
  await new Promise((resolve) => setTimeout(resolve, 30));
  clearInterval(ticker);
  return { totalMs: ms(totalMs), longestStallMs: ms(Math.max(0, longest)) };
}

export async function partnerThreadBench(): Promise<string> {
  const folder = process.env.HELIX_BENCH_CORDIS_TIDY;
  if (!folder) throw new Error('set HELIX_BENCH_CORDIS_TIDY to a CORDIS extract in the tidy layout (organizations.csv, projects.csv, organization-names.csv)');
  const data = temporalSplit(await readCordis(path.resolve(folder)), 9999).train;
  const inProcess = await watched(() => buildPartnerGraph(data));
  const thread = new PartnerThread();
  try {
    // the first job starts the thread (loading its TypeScript): not part of a rebuild after a data change
    await thread.run({ kind: 'find', key: 'all', req: { actor: 'Actor:none', limit: 1 } });
    const onThread = await watched(() => thread.run({ kind: 'load', key: 'all', data }));
    const result = { machine: machine(), actors: data.actors.length, projects: data.projects.length, inProcess, onThread };
    console.log(result);
    return await writeResult('partner-thread', result);
  } finally {
    await thread.close();
  }
}
