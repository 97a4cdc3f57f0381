// `npm run bench [-- name …]`: runs the benchmarks (all by default) and writes bench/results/*.json.
import { runCli } from '../server/cli/run-cli.ts';
import { seedsLoadBench } from './seeds-load.ts';

const BENCHMARKS: Record<string, () => Promise<string>> = {
  'seeds-load': seedsLoadBench,
};

runCli(async () => {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
    console.log(`bench: ${name}`);
    console.log(`bench: wrote ${await BENCHMARKS[name]!()}`);
  }
});
