// Load test of the real server: `npm run bench -- load`. The project's own Neo4j with the seeds,
// the server started as a child process (`node --import tsx server/main.ts`, so its memory is
// measured from outside), then autocannon with 50 connections for 60 s on a mix of search,
// expand, triple-helix and metrics requests, three times. Fails (non-zero exit) on any error,
// timeout or non-2xx answer, or when the server's memory keeps growing from run to run.
// HELIX_BENCH_LOAD_RUNS, HELIX_BENCH_LOAD_SECONDS and HELIX_BENCH_LOAD_CONNECTIONS shorten it.
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { loadSeeds } from '../server/seeds/load.ts';
import { httpClient, loadRun, round, rssMiB, sampleRss, type ApiRequest, type LoadRun } from './latency.ts';
import { machine, writeResult } from './machine.ts';

const HOME = '.data/neo4j-bench-h3-load';
const BOLT_PORT = 17851;

const settings = z
  .object({
    HELIX_BENCH_LOAD_RUNS: z.coerce.number().int().min(1).max(10).default(3),
    HELIX_BENCH_LOAD_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
    HELIX_BENCH_LOAD_CONNECTIONS: z.coerce.number().int().min(1).max(500).default(50),
  })
  .parse(process.env);

/**
 * Memory may grow this much from the end of run 1 to the end of the last run before it counts as
 * growing: 10% of the server's RSS or 24 MiB, whichever is more. Without a forced GC, RSS follows
 * V8's heap high-water mark and the young generation (up to 3 × 16 MiB semi-spaces), so a single
 * major GC more or less moves it by tens of MiB; a leak of even 1 KiB per request (150,000 requests
 * a run) would add well above that.
 */
const growthTolerance = (rss: number) => Math.max(0.1 * rss, 24);

const star = {
  elements: {
    nodes: Array.from({ length: 40 }, (_, i) => ({ data: { id: `n${i}`, label: `n${i}`, type: 'Actor' } })),
    edges: Array.from({ length: 39 }, (_, i) => ({ data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, type: 'COLLABORATES_WITH' } })),
  },
};

/** Ids from the seeds (as in bench/explore-latency.ts). */
export const LOAD_MIX: ApiRequest[] = [
  { name: 'search', method: 'GET', path: '/api/search?q=Janssen%20Farma' },
  { name: 'search type-ahead', method: 'GET', path: '/api/search?q=univ&types=Actor' },
  { name: 'expand 1 hop', method: 'POST', path: '/api/expand', body: { ids: ['Actor:janssen-pharmaceutica'], hops: 1 } },
  { name: 'expand 2 hops', method: 'POST', path: '/api/expand', body: { ids: ['Actor:universiteit-antwerpen'], hops: 2 } },
  { name: 'triple-helix sector', method: 'GET', path: '/api/triple-helix?scope=sector&id=Sector:sector-chemistry-life-sciences' },
  { name: 'triple-helix all', method: 'GET', path: '/api/triple-helix' },
  { name: 'metrics sector', method: 'GET', path: '/api/metrics?scope=sector&id=Sector:sector-chemistry-life-sciences' },
  { name: 'metrics posted 40 nodes', method: 'POST', path: '/api/metrics', body: star },
];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });

interface ServerChild {
  child: ChildProcess;
  base: string;
  /** Lines the server logged at warn or above (pino JSON). */
  warnings: string[];
  stop(): Promise<void>;
}

/** The real server as a child process; resolves once /api/health answers 200. */
async function startServer(env: Record<string, string>): Promise<ServerChild> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const warnings: string[] = [];
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
    for (const line of chunk.toString('utf8').split('\n')) if (/"level":(4|5|6)\d/.test(line) && warnings.length < 50) warnings.push(line.slice(0, 500));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited during start-up (code ${child.exitCode}): ${tail.trim().split('\n').slice(-3).join(' | ')}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer /api/health within 90 s: ${tail.trim().split('\n').slice(-3).join(' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, base, warnings, stop };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function loadBench(): Promise<string> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = path.resolve(HOME);
  await rm(home, { recursive: true, force: true });
  const password = 'helix-bench-password';
  const neo4j = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: BOLT_PORT, password });
  let server: ServerChild | undefined;
  try {
    const db = new GraphDb(createDriver(neo4j.uri, neo4j.user, neo4j.password), { database: 'neo4j', timeoutMs: 120_000 });
    try {
      await applySchema(db);
      await loadSeeds(db, 'seeds');
    } finally {
      await db.close();
    }
    server = await startServer({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: password,
      HELIX_RATE_LIMIT_PER_MINUTE: '0',
      HELIX_AUTOLOAD_SEEDS: 'false',
      LOG_LEVEL: 'warn',
    });
    const pid = server.child.pid!;
    const rssAtStart = rssMiB(pid);
    // Each request a few times, so plans are cached and run 1 does not pay for compilation.
    const client = httpClient(server.base);
    for (let i = 0; i < 5; i++) for (const r of LOAD_MIX) await client.call(r);
    client.close();

    const loadBefore = os.loadavg();
    const runs: (LoadRun & { rss: { beforeMiB: number; maxMiB: number; afterMiB: number } })[] = [];
    for (let run = 1; run <= settings.HELIX_BENCH_LOAD_RUNS; run++) {
      const beforeMiB = rssMiB(pid);
      const sampler = sampleRss(pid);
      const result = await loadRun(server.base, LOAD_MIX, { connections: settings.HELIX_BENCH_LOAD_CONNECTIONS, durationS: settings.HELIX_BENCH_LOAD_SECONDS });
      // A few idle seconds, so the figure is the memory kept rather than requests still in flight.
      await sleep(3000);
      const { maxMiB } = sampler.stop();
      const afterMiB = rssMiB(pid);
      runs.push({ ...result, rss: { beforeMiB, maxMiB, afterMiB } });
      console.log(`load: run ${run}: ${result.requests} requests, ${result.throughputPerS}/s, p50 ${result.latency.p50Ms} ms, p95 ${result.latency.p95Ms} ms, p99 ${result.latency.p99Ms} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, RSS ${beforeMiB} → ${afterMiB} MiB (max ${maxMiB})`);
    }
    const loadAfter = os.loadavg();

    const first = runs[0]!.rss.afterMiB;
    const last = runs.at(-1)!.rss.afterMiB;
    const toleranceMiB = round(growthTolerance(first));
    const memory = {
      rssAtStartMiB: rssAtStart,
      afterFirstRunMiB: first,
      afterLastRunMiB: last,
      growthMiB: round(last - first),
      toleranceMiB,
      grows: runs.length > 1 && last - first > toleranceMiB,
      measuredAs: 'VmRSS of the server process (/proc/<pid>/status); the API exposes no heap figures',
    };
    const failures = [
      ...runs.flatMap((r, i) => (r.errors || r.timeouts || r.non2xx ? [`run ${i + 1}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`] : [])),
      ...(memory.grows ? [`server RSS grew ${memory.growthMiB} MiB from run 1 to run ${runs.length} (tolerance ${toleranceMiB} MiB)`] : []),
    ];
    const result = {
      pass: failures.length === 0,
      failures,
      machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE }),
      loadAverageBefore: loadBefore.map((x) => round(x, 2)),
      loadAverageAfter: loadAfter.map((x) => round(x, 2)),
      setup: {
        graph: 'seeds',
        server: 'node --import tsx server/main.ts (child process), LOG_LEVEL=warn, HELIX_RATE_LIMIT_PER_MINUTE=0',
        connections: settings.HELIX_BENCH_LOAD_CONNECTIONS,
        secondsPerRun: settings.HELIX_BENCH_LOAD_SECONDS,
        runs: settings.HELIX_BENCH_LOAD_RUNS,
        mix: LOAD_MIX.map((r) => `${r.method} ${r.path}`),
      },
      runs,
      memory,
      serverWarnings: server.warnings,
    };
    const file = await writeResult('load', result);
    if (failures.length) throw new Error(`load test failed (${failures.join('; ')}); figures in ${file}`);
    return file;
  } finally {
    await server?.stop();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}
