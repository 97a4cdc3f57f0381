// Does analytics work stall everyone else? `npm run bench -- health-under-analytics`.
// The app runs as its own process (as `npm start` does, on the seeds), 20 clients keep posting a
// 5,000-node / 20,000-link graph to POST /api/metrics, and one client probes /api/health and
// /api/search in turn (one request at a time, 50 ms apart), first on the idle app, then under that
// load (after 5 s of unrecorded warm-up probes). A client that gets 503 waits the Retry-After it is given, as the browser client does.
//
// HELIX_BENCH_LABEL (after) names the run in bench/results/health-under-analytics.json (the runs
// of earlier labels stay there: the before/after comparison); HELIX_BENCH_SECONDS (30) of load,
// HELIX_BENCH_CLIENTS (20), HELIX_BENCH_BOLT_PORT (17714) and HELIX_BENCH_PORT (18714) for the
// bench's own Neo4j and app (loopback only).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { loadSeeds } from '../server/seeds/load.ts';
import { percentiles, round } from './latency.ts';
import { machine } from './machine.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const settings = z
  .object({
    HELIX_BENCH_LABEL: z.string().regex(/^[a-z0-9-]+$/).default('after'),
    HELIX_BENCH_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
    HELIX_BENCH_CLIENTS: z.coerce.number().int().min(1).max(200).default(20),
    HELIX_BENCH_BOLT_PORT: z.coerce.number().int().min(1024).max(65535).default(17714),
    HELIX_BENCH_PORT: z.coerce.number().int().min(1024).max(65535).default(18714),
  })
  .parse(process.env);

const HOME = path.resolve('.data/neo4j-bench-health');
const PASSWORD = 'helix-bench-password';
const RESULT = path.join('bench', 'results', 'health-under-analytics.json');
const WARM_UP_S = 5;
const IDLE_S = 10;
const PROBE_GAP_MS = 50;
/** No request waits longer than this; one that would counts as a timeout. */
const REQUEST_TIMEOUT_MS = 120_000;
const PROBES = [
  { name: 'health', path: '/api/health' },
  { name: 'search', path: '/api/search?q=Janssen%20Farma' },
];

interface Answer {
  status: number;
  ms: number;
  retryAfterS?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function request(agent: http.Agent, port: number, method: string, urlPath: string, body?: Buffer): Promise<Answer> {
  return new Promise((resolve) => {
    const t = performance.now();
    const req = http.request(
      { agent, host: '127.0.0.1', port, method, path: urlPath, timeout: REQUEST_TIMEOUT_MS, headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : {} },
      (res) => {
        res.resume();
        res.on('end', () => {
          const retry = Number(res.headers['retry-after']);
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - t, ...(Number.isFinite(retry) ? { retryAfterS: retry } : {}) });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t }));
    req.end(body);
  });
}

/** Probes each endpoint in turn until `until` (ms since the epoch of performance.now). */
async function probe(port: number, until: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: Record<string, number[]> = Object.fromEntries(PROBES.map((p) => [p.name, []]));
  const failed: Record<string, number> = Object.fromEntries(PROBES.map((p) => [p.name, 0]));
  for (let i = 0; performance.now() < until; i++) {
    const p = PROBES[i % PROBES.length]!;
    const a = await request(agent, port, 'GET', p.path);
    if (a.status === 200) times[p.name]!.push(a.ms);
    else failed[p.name]! += 1;
    await sleep(PROBE_GAP_MS);
  }
  agent.destroy();
  return Object.fromEntries(PROBES.map((p) => [p.name, { ...(times[p.name]!.length ? percentiles(times[p.name]!) : { calls: 0 }), failed: failed[p.name]! }]));
}

/** `clients` loops posting the graph until `until`; each waits out a 503's Retry-After. */
async function metricsLoad(port: number, body: Buffer, clients: number, until: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const ok: number[] = [];
  const statuses: Record<string, number> = {};
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const a = await request(agent, port, 'POST', '/api/metrics', body);
        statuses[a.status] = (statuses[a.status] ?? 0) + 1;
        if (a.status === 200) ok.push(a.ms);
        else if (a.status === 503 || a.status === 504) await sleep(Math.min(10, a.retryAfterS ?? 1) * 1000);
        else await sleep(1000);
      }
    }),
  );
  agent.destroy();
  return { statuses, answered: ok.length ? percentiles(ok) : { calls: 0 } };
}

function startApp(env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app was not ready within 120 s:\n${output}`));
    }, 120_000);
    // Read to the ready line, then only drained (the request log runs at info).
    let ready = false;
    const onData = (d: Buffer) => {
      if (ready) return;
      output += d.toString();
      if (/Helix Explorer is ready/.test(output)) {
        ready = true;
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited with ${code}:\n${output}`));
    });
  });
}

export async function healthUnderAnalyticsBench(): Promise<string> {
  const s = settings;
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  await rm(HOME, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home: HOME, boltPort: s.HELIX_BENCH_BOLT_PORT, password: PASSWORD });
  let app: ChildProcess | undefined;
  try {
    const db = new GraphDb(createDriver(neo4j.uri, neo4j.user, neo4j.password), { database: 'neo4j', timeoutMs: 60_000 });
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    await db.close();
    app = await startApp({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: PASSWORD,
      PORT: String(s.HELIX_BENCH_PORT),
      HOST: '127.0.0.1',
      HELIX_AUTOLOAD_SEEDS: 'false',
      HELIX_RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'info',
    });
    const graph = syntheticGraph({ nodes: 5000, edgesPerNode: 4 });
    const body = Buffer.from(JSON.stringify({ elements: { nodes: graph.nodes, edges: graph.edges } }));
    await probe(s.HELIX_BENCH_PORT, performance.now() + WARM_UP_S * 1000);
    const idle = await probe(s.HELIX_BENCH_PORT, performance.now() + IDLE_S * 1000);
    const until = performance.now() + s.HELIX_BENCH_SECONDS * 1000;
    const [underLoad, load] = await Promise.all([probe(s.HELIX_BENCH_PORT, until), metricsLoad(s.HELIX_BENCH_PORT, body, s.HELIX_BENCH_CLIENTS, until)]);
    const run = {
      date: new Date().toISOString(),
      loadAverage: os.loadavg().map((x) => round(x, 2)),
      settings: { loadSeconds: s.HELIX_BENCH_SECONDS, clients: s.HELIX_BENCH_CLIENTS, warmUpSeconds: WARM_UP_S, idleSeconds: IDLE_S, probeGapMs: PROBE_GAP_MS, graph: graph.summary, bodyMiB: round(body.length / 2 ** 20, 2) },
      idle,
      underLoad,
      metrics: load,
    };
    console.log(JSON.stringify(run, null, 2));
    const previous = existsSync(RESULT) ? (JSON.parse(await readFile(RESULT, 'utf8')) as { runs?: Record<string, unknown> }) : {};
    const result = { benchmark: 'health-under-analytics', machine: machine({ neo4j: config.HELIX_NEO4J_VERSION }), runs: { ...previous.runs, [s.HELIX_BENCH_LABEL]: run } };
    await writeFile(RESULT, `${JSON.stringify(result, null, 2)}\n`);
    return RESULT;
  } finally {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app!.once('exit', r));
      app.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (app.exitCode === null) app.kill('SIGKILL');
    }
    await neo4j.stop();
    await rm(HOME, { recursive: true, force: true });
  }
}

