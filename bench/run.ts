// `npm run bench [-- name …]`: runs the benchmarks (all by default) and writes bench/results/*.json.
import { runCli } from '../server/cli/run-cli.ts';
import { analyticsBench } from './analytics.ts';
import { clientDrawBench } from './client-draw.ts';
import { firstLoadBench } from './first-load.ts';
import { mapDrawBench } from './map-draw.ts';
import { mapLatencyBench } from './map-latency.ts';
import { exploreLatencyBench } from './explore-latency.ts';
import { cordisImportBench } from './cordis-import.ts';
import { partnersLatencyBench } from './partners-latency.ts';
import { periodLatencyBench } from './period-latency.ts';
import { partnerThreadBench } from './partner-thread.ts';
import { seedsLoadBench } from './seeds-load.ts';
import { importThroughputBench } from './import-throughput.ts';
import { loadBench } from './load.ts';
import { apiScaleBench } from './api-scale.ts';
import { healthUnderAnalyticsBench } from './health-under-analytics.ts';
import { helixYearsBench } from './helix-years.ts';
import { synergyLatencyBench } from './synergy-latency.ts';
import { wholeGraphBench } from './whole-graph.ts';
import { wholeGraphAgreementBench } from './whole-graph-agreement.ts';
import { expandPhasesBench } from './expand-phases.ts';
import { expandLatencyBench } from './expand-latency.ts';

const BENCHMARKS: Record<string, () => Promise<string>> = {
  'seeds-load': seedsLoadBench,
  'partners-latency': partnersLatencyBench,
  'partner-thread': partnerThreadBench,
  'cordis-import': cordisImportBench,
  'explore-latency': exploreLatencyBench,
  'client-draw': clientDrawBench,
  'first-load': firstLoadBench,
  'map-draw': mapDrawBench,
  'import-throughput': importThroughputBench,
  analytics: analyticsBench,
  load: loadBench,
  'api-scale': apiScaleBench,
  'health-under-analytics': healthUnderAnalyticsBench,
  'period-latency': periodLatencyBench,
  'helix-years': helixYearsBench,
  'map-latency': mapLatencyBench,
  'synergy-latency': synergyLatencyBench,
  'whole-graph': wholeGraphBench,
  'whole-graph-agreement': wholeGraphAgreementBench,
  'expand-phases': expandPhasesBench,
  'expand-latency': expandLatencyBench,
};

runCli(async () => {
  // Benchmarks measure speed, not the per-client rate limits: off unless asked for.
  process.env.HELIX_RATE_LIMIT_PER_MINUTE ??= '0';
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
    console.log(`bench: ${name}`);
    console.log(`bench: wrote ${await BENCHMARKS[name]!()}`);
  }
});
