// Whole-graph analytics and the views of everything on the Belgian CORDIS import:
// `NEO4J_URI=… NEO4J_PASSWORD=… npm run bench -- whole-graph`. It WRITES the metrics on the actors
// (what an import does after it). Times the job (read, compute on an analysis thread, write back),
// then the triple helix and metrics of scope all and the triple helix of the H2020 programme: before,
// the scope's 5,000 most collaborating actors and their links read at once (scopeGraph, as every
// scope was read), after, tripleHelix and scopeMetrics as the server answers them now.
// The job's peak memory is sampled every 250 ms: this process's RSS (the analysis threads included)
// and V8 heap, and, when HELIX_NEO4J_HOME names the home of the local Neo4j behind NEO4J_URI, its
// RSS and JMX heap. On the synthetic graph (`npm run generate`, imported as api-scale does):
// HELIX_BENCH_GRAPH=synthetic writes bench/results/whole-graph-synthetic.json and asks the triple
// helix of the policy HELIX_BENCH_POLICY (none when empty). On both, the triple helix of the largest
// sector (the most actors active in it and its sub-sectors) and of the largest country.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { AnalysisPool } from '../server/explore/analysis-pool.ts';
import { scopeMetrics } from '../server/explore/metrics.ts';
import { scopeGraph, type Scope } from '../server/explore/scope.ts';
import type { PeriodInput } from '../server/explore/period.ts';
import { tripleHelix } from '../server/explore/triple-helix.ts';
import { WholeGraphAnalytics } from '../server/explore/whole-graph-analytics.ts';
import { percentiles, round, rssMiB, sampleRss } from './latency.ts';
import { runningPid } from '../server/neo4j/local-server.ts';
import { neo4jMemory } from './neo4j-memory.ts';
import { machine, writeResult } from './machine.ts';

const settings = z
  .object({
    HELIX_BENCH_CALLS: z.coerce.number().int().min(1).max(100).default(5),
    HELIX_BENCH_POLICY: z.string().default('Policy:h2020'),
    HELIX_BENCH_GRAPH: z.enum(['cordis', 'synthetic']).default('cordis'),
  })
  .parse(process.env);

async function timed(work: () => Promise<unknown>): Promise<{ ms: number; status: number; error?: string }> {
  const started = performance.now();
  try {
    await work();
    return { ms: round(performance.now() - started), status: 200 };
  } catch (err) {
    const e = err as Error & { status?: number; code?: string };
    return { ms: round(performance.now() - started), status: e.status ?? 500, error: (e.code ?? e.message).slice(0, 200) };
  }
}

export async function wholeGraphBench(): Promise<string> {
  const config = loadConfig();
  if (!config.NEO4J_URI || !config.NEO4J_PASSWORD) throw new Error('whole-graph: set NEO4J_URI and NEO4J_PASSWORD to a Neo4j holding the CORDIS import');
  const db = new GraphDb(createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD), { database: config.NEO4J_DATABASE, timeoutMs: config.HELIX_QUERY_TIMEOUT_MS });
  const pool = AnalysisPool.fromConfig(config);
  const limit = config.HELIX_RESULT_LIMIT;
  try {
    const analytics = new WholeGraphAnalytics(db, pool, config.HELIX_PARTNERS_LOAD_TIMEOUT_MS, undefined, config.HELIX_RESULT_LIMIT);
    const load = os.loadavg()[0];
    const neo4jPid = process.env.HELIX_NEO4J_HOME ? runningPid(path.resolve(config.HELIX_NEO4J_HOME)) : undefined;
    const neo4jBefore = neo4jPid ? await neo4jMemory(db, neo4jPid) : undefined;
    const appBefore = { rssMiB: rssMiB(process.pid), heapUsedMiB: round(process.memoryUsage().heapUsed / 2 ** 20) };
    const appSampler = sampleRss(process.pid, 250);
    const neo4jSampler = neo4jPid ? sampleRss(neo4jPid, 250) : undefined;
    let heapMax = 0;
    const heapTimer = setInterval(() => (heapMax = Math.max(heapMax, process.memoryUsage().heapUsed)), 250);
    let neo4jHeapMax = 0;
    const neo4jHeapTimer = neo4jPid ? setInterval(() => void neo4jMemory(db, neo4jPid).then((m) => (neo4jHeapMax = Math.max(neo4jHeapMax, m.heapUsedMiB)), () => undefined), 1000) : undefined;
    const started = performance.now();
    analytics.start();
    await analytics.settled();
    const jobMs = round(performance.now() - started);
    const loadAfterJob = os.loadavg()[0];
    clearInterval(heapTimer);
    clearInterval(neo4jHeapTimer);
    const memory = {
      note: 'Sampled every 250 ms during the job (Neo4j heap every second, through JMX); the app RSS includes the analysis threads, the heap is the main thread only.',
      app: { before: appBefore, rssMaxMiB: appSampler.stop().maxMiB, heapUsedMaxMiB: round(heapMax / 2 ** 20) },
      neo4j: neo4jPid ? { before: neo4jBefore, rssMaxMiB: neo4jSampler?.stop().maxMiB, heapUsedMaxMiB: neo4jHeapMax, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE } : 'not sampled: set HELIX_NEO4J_HOME to the home of the local Neo4j',
    };
    console.log(`whole-graph: job ${jobMs} ms, ${JSON.stringify(memory)}`);
    const status = await analytics.status();
    if (status.state !== 'done') throw new Error(`the job ended ${status.state}: ${status.error ?? ''}`);

    const cases: [string, Scope, string | undefined, 'helix' | 'metrics', PeriodInput?][] = [
      ['triple helix, scope all', 'all', undefined, 'helix'],
      ['metrics, scope all', 'all', undefined, 'metrics'],
    ];
    if (settings.HELIX_BENCH_POLICY) cases.push([`triple helix, ${settings.HELIX_BENCH_GRAPH === 'cordis' ? 'H2020 programme' : settings.HELIX_BENCH_POLICY}`, 'policy', settings.HELIX_BENCH_POLICY, 'helix']);
    // every scope answers: the largest sector and country, as far as their own links say
    const [sector] = await db.read<{ id: string }>('MATCH (s:Sector)<-[:PART_OF*0..]-(sub:Sector) WITH s, sum(COUNT { (sub)<-[:ACTIVE_IN]-() }) AS n RETURN s.id AS id ORDER BY n DESC LIMIT 1');
    const [country] = await db.read<{ id: string }>("MATCH (r:Region {level: 'country'})<-[:PART_OF*0..]-(sub:Region) WITH r, sum(COUNT { (sub)<-[:LOCATED_IN]-() }) AS n RETURN r.id AS id ORDER BY n DESC LIMIT 1");
    if (sector) cases.push([`triple helix, largest sector Sector:${sector.id}`, 'sector', `Sector:${sector.id}`, 'helix']);
    if (country) cases.push([`triple helix, largest country Region:${country.id}`, 'region', `Region:${country.id}`, 'helix']);
    // a period: every link's weight in it counted (from the pairs' stored project years where the import wrote them)
    cases.push(['triple helix, scope all, 2014–2020', 'all', undefined, 'helix', { period: { from: 2014, to: 2020 } }]);
    const views: Record<string, unknown> = {};
    for (const [name, scope, id, kind, period = {}] of cases) {
      // before: one call (it fails after seconds), the scope's graph read as every view read it
      const before = period.period ? null : await timed(() => scopeGraph(db, scope, id, limit));
      const after = [];
      for (let i = 0; i < settings.HELIX_BENCH_CALLS; i++) {
        after.push(await timed(() => (kind === 'helix' ? tripleHelix(db, pool, scope, id, limit, undefined, period, analytics) : scopeMetrics(db, pool, scope, id, limit, undefined, period, analytics))));
      }
      const ok = after.filter((a) => a.status === 200).map((a) => a.ms);
      views[name] = { before, after: { calls: after.length, ok: ok.length, ...(ok.length ? percentiles(ok) : {}), statuses: after.map((a) => a.status) } };
    }
    return await writeResult(settings.HELIX_BENCH_GRAPH === 'cordis' ? 'whole-graph' : 'whole-graph-synthetic', {
      machine: machine({ loadAverageAtStart: load, loadAverageAfterJob: loadAfterJob, resultLimit: limit }),
      job: { ms: jobMs, summary: status.last?.summary, memory },
      views,
    });
  } finally {
    await pool.close();
    await db.close();
  }
}
