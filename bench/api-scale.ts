// API latency on the synthetic 100k-actor graph: `npm run bench -- api-scale`.
// The graph is generated (`npm run generate`), imported with the project's importer
// (`npm run import`, as a child process) into a Neo4j of its own, then the app runs in this process
// and each endpoint is timed at 1 client (and the same service function without HTTP, for the
// HTTP layer's share) and at 20 concurrent clients (autocannon), with the memory of both servers.
//
// HELIX_BENCH_ACTORS (100000) and HELIX_BENCH_SEED (1) choose the graph; HELIX_BENCH_KEEP_DB=1
// keeps the imported database (and the generated files) for the next run of the same size and seed
// instead of deleting them (its Neo4j home is .data/neo4j-bench-h3-scale-<actors>-<seed>, on Bolt
// port HELIX_BENCH_BOLT_PORT, 17853). HELIX_BENCH_CALLS (50) calls per endpoint at 1 client,
// HELIX_BENCH_SECONDS (10) of load per endpoint at HELIX_BENCH_CLIENTS (20) clients;
// HELIX_BENCH_ONLY=expand,search runs only the cases whose names contain those words.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { MAX_HOPS } from '../server/analytics/index.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { recoverImports } from '../server/importer/staging.ts';
import { expand } from '../server/explore/expand.ts';
import type { TripleHelix } from '../contract/index.ts';
import { AnalysisPool } from '../server/explore/analysis-pool.ts';
import { scopeMetrics } from '../server/explore/metrics.ts';
import { findPaths } from '../server/explore/paths.ts';
import { tripleHelix } from '../server/explore/triple-helix.ts';
import { createApp } from '../server/http/app.ts';
import { createLogger } from '../server/logger.ts';
import { runningPid, startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { PartnerService } from '../server/partners/service.ts';
import { search } from '../server/search/search.ts';
import { httpClient, loadRun, percentiles, round, rssMiB, sampleRss, timePaired, type ApiRequest, type LoadRun, type Percentiles } from './latency.ts';
import { machine, median, writeResult } from './machine.ts';
import { neo4jMemory } from './neo4j-memory.ts';

export const scaleSettings = z
  .object({
    HELIX_BENCH_ACTORS: z.coerce.number().int().min(10).max(2_000_000).default(100_000),
    HELIX_BENCH_SEED: z.coerce.number().int().min(0).default(1),
    HELIX_BENCH_KEEP_DB: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
    HELIX_BENCH_CALLS: z.coerce.number().int().min(5).max(10_000).default(50),
    HELIX_BENCH_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
    HELIX_BENCH_CLIENTS: z.coerce.number().int().min(1).max(500).default(20),
    HELIX_BENCH_BOLT_PORT: z.coerce.number().int().min(1024).max(65535).default(17853),
    /** Comma-separated parts of case names: only those run (the result lists the ones left out). */
    HELIX_BENCH_ONLY: z.string().optional(),
  })
  .parse(process.env);

const HOME = '.data/neo4j-bench-h3-scale';
const PASSWORD = 'helix-bench-password';
/** Written into the Neo4j home once an import has finished: which graph the database holds. */
const MARKER = 'bench-graph.json';

/** Runs a command of this project as a child process, its output prefixed; rejects on a non-zero exit. */
function runChild(args: string[], env: Record<string, string>, prefix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const print = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) console.log(`${prefix}: ${line}`);
    };
    child.stdout.on('data', print);
    child.stderr.on('data', print);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} exited with code ${code}`))));
  });
}

export interface ScaleGraph {
  config: Config;
  neo4j: LocalNeo4j;
  db: GraphDb;
  home: string;
  graph: { actors: number; seed: number; reused: boolean; generateMs?: number; importMs?: number };
  close(): Promise<void>;
}

/** Starts the bench Neo4j holding the generated graph: reused when kept from an earlier run, else generated and imported. */
export async function scaleGraph(): Promise<ScaleGraph> {
  const s = scaleSettings;
  const config = loadConfig({ HELIX_NEO4J_HEAP: '1g', HELIX_NEO4J_PAGECACHE: '1g', ...process.env, NEO4J_URI: undefined });
  const home = path.resolve(`${HOME}-${s.HELIX_BENCH_ACTORS}-${s.HELIX_BENCH_SEED}`);
  const markerFile = path.join(home, MARKER);
  const key = { actors: s.HELIX_BENCH_ACTORS, seed: s.HELIX_BENCH_SEED };
  const marker = existsSync(markerFile) ? (JSON.parse(await readFile(markerFile, 'utf8')) as typeof key) : undefined;
  const reuse = s.HELIX_BENCH_KEEP_DB && marker?.actors === key.actors && marker.seed === key.seed;
  if (!reuse) await rm(home, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ ...localNeo4jOptions(config, (m) => console.log(`neo4j: ${m}`)), home, boltPort: s.HELIX_BENCH_BOLT_PORT, password: PASSWORD, startTimeoutMs: 300_000 });
  const db = new GraphDb(createDriver(neo4j.uri, neo4j.user, neo4j.password), { database: 'neo4j', timeoutMs: 120_000 });
  const graph: ScaleGraph['graph'] = { ...key, reused: reuse };
  const dataDir = path.resolve('.data/generated', `actors-${key.actors}-seed-${key.seed}`);
  const close = async () => {
    await db.close();
    await neo4j.stop();
    if (!s.HELIX_BENCH_KEEP_DB) {
      await rm(home, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  };
  try {
    if (!reuse) {
      let t = performance.now();
      await runChild(['server/cli/generate.ts', '--actors', String(key.actors), '--seed', String(key.seed), '--out', dataDir], {}, 'generate');
      graph.generateMs = Math.round(performance.now() - t);
      await applySchema(db);
      t = performance.now();
      const failed = await runChild(['server/cli/import.ts', dataDir], { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' }, 'import').then(
        () => undefined,
        (err: Error) => err,
      );
      // An import whose rows were all written but whose switch-over was cut finishes here, as at the app's start.
      const recovery = await recoverImports(db, (m) => console.log(`import: ${m}`));
      if (failed && !recovery.finished.length) throw failed;
      graph.importMs = Math.round(performance.now() - t);
      await writeFile(markerFile, `${JSON.stringify({ ...key, importMs: graph.importMs })}\n`);
    }
  } catch (err) {
    await close();
    throw err;
  }
  return { config, neo4j, db, home, graph, close };
}

/** A case: the same request over HTTP and as a direct call of the service function the route calls. */
interface Case {
  name: string;
  /** One request per sampled start (cycled), and the direct call for each. */
  variants: { request: ApiRequest; direct: () => Promise<unknown> }[];
  /** Seconds per call or more (paths, metrics of 5,000 nodes): one call per client, not a timed run. */
  slow?: boolean;
}

const SAMPLES = 20;
/** Time for the 1-client calls of one case (both ways); at least 5 calls each. */
const CASE_BUDGET_MS = 60_000;

/** Ids of the generated graph the cases start from: sampled actors spread over the id order, and sectors by size. */
export async function pickIds(db: GraphDb) {
  const actors = await db.read<{ id: string; name: string; degree: number }>(
    'MATCH (a:Actor) RETURN a.id AS id, a.name AS name, COUNT { (a)-[:COLLABORATES_WITH]-() } AS degree ORDER BY a.id',
  );
  const linked = actors.filter((a) => a.degree > 0);
  const step = Math.max(1, Math.floor(linked.length / SAMPLES));
  const sample = Array.from({ length: Math.min(SAMPLES, linked.length) }, (_, i) => linked[i * step]!);
  const sectors = await db.read<{ id: string; actors: number }>(
    `MATCH (s:Sector) WHERE NOT EXISTS { (s)-[:PART_OF]->(:Sector) }
     CALL (s) { MATCH (a:Actor)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..6]->(s) RETURN count(DISTINCT a) AS actors }
     RETURN s.id AS id, actors ORDER BY actors, s.id`,
  );
  if (sample.length < 2 || !sectors.length) throw new Error('the bench graph has too few linked actors or no sectors');
  const degrees = sample.map((a) => a.degree).sort((a, b) => a - b);
  return {
    actors: sample,
    /** The sector of median size: the triple-helix view a person would open. */
    typicalSector: sectors[Math.floor(sectors.length / 2)]!,
    /** The largest sector: its scope is cut at HELIX_RESULT_LIMIT (5,000) actors, the metrics subgraph. */
    largestSector: sectors.at(-1)!,
    sampleDegrees: { min: degrees[0], median: median(degrees), max: degrees.at(-1) },
  };
}

function cases(db: GraphDb, partners: PartnerService, analysis: AnalysisPool, ids: Awaited<ReturnType<typeof pickIds>>, limit: number, posted: unknown): Case[] {
  const actorIds = ids.actors.map((a) => `Actor:${a.id}`);
  const per = <T>(xs: T[], f: (x: T, i: number) => Case['variants'][number]) => xs.map(f);
  const typical = `Sector:${ids.typicalSector.id}`;
  const largest = `Sector:${ids.largestSector.id}`;
  const words = (name: string) => name.split(/\s+/).filter((w) => w.length >= 4);
  return [
    {
      name: 'search, a full name',
      variants: per(ids.actors, (a) => ({
        request: { name: 'search', method: 'GET', path: `/api/search?q=${encodeURIComponent(a.name)}` },
        direct: () => search(db, a.name, [], 20),
      })),
    },
    {
      name: 'search, type-ahead (4 letters, actors)',
      variants: per(ids.actors, (a) => {
        const q = (words(a.name)[0] ?? a.name).slice(0, 4);
        return { request: { name: 'type-ahead', method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}&types=Actor` }, direct: () => search(db, q, ['Actor'], 20) };
      }),
    },
    ...[1, 2].map((hops) => ({
      name: `expand, ${hops} hop${hops > 1 ? 's' : ''} (limit 200)`,
      variants: per(actorIds, (id) => ({
        request: { name: `expand ${hops}`, method: 'POST' as const, path: '/api/expand', body: { ids: [id], hops, limit: 200 } },
        direct: () => expand(db, { ids: [id], hops, limit: 200 }),
      })),
    })),
    {
      name: 'triple-helix, a sector of median size',
      // Seconds a call: 20 clients at once would not see one answer within a 10 s run.
      slow: true,
      variants: [{ request: { name: 'triple-helix', method: 'GET', path: `/api/triple-helix?scope=sector&id=${encodeURIComponent(typical)}` }, direct: () => tripleHelix(db, analysis, 'sector', typical, limit) }],
    },
    {
      name: `paths, k=3, maxHops=${MAX_HOPS}`,
      slow: true,
      variants: per(actorIds, (from, i) => {
        const to = actorIds[(i + 1) % actorIds.length]!;
        return {
          request: { name: 'paths', method: 'GET', path: `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=3&maxHops=${MAX_HOPS}` },
          direct: () => findPaths(db, { from, to, k: 3, maxHops: MAX_HOPS }, limit),
        };
      }),
    },
    {
      name: 'partners, an actor (graph already built)',
      variants: per(actorIds, (actor) => ({
        request: { name: 'partners', method: 'POST', path: '/api/partners', body: { actor, limit: 20 } },
        direct: () => partners.find({ actor, limit: 20 }),
      })),
    },
    {
      name: 'metrics, scope of the largest sector (5,000 actors)',
      slow: true,
      variants: [{ request: { name: 'metrics scope', method: 'GET', path: `/api/metrics?scope=sector&id=${encodeURIComponent(largest)}` }, direct: () => scopeMetrics(db, analysis, 'sector', largest, limit) }],
    },
    {
      name: 'metrics, posted 5,000-node graph',
      slow: true,
      variants: [{ request: { name: 'metrics posted', method: 'POST', path: '/api/metrics', body: posted }, direct: () => analysis.run({ kind: 'posted-metrics', body: JSON.stringify(posted) }) }],
    },
  ];
}

const storeMiB = (home: string) => round(Number(execFileSync('du', ['-sk', path.join(home, 'data', 'databases', 'neo4j')], { encoding: 'utf8' }).split(/\s/)[0]) / 1024);

export async function apiScaleBench(): Promise<string> {
  const s = scaleSettings;
  const started = performance.now();
  const g = await scaleGraph();
  const { db, config } = g;
  const limit = config.HELIX_RESULT_LIMIT;
  let server: Server | undefined;
  const analysis = AnalysisPool.fromConfig(config);
  try {
    const neo4jJavaPid = runningPid(g.home);
    const counts = (await db.read<{ nodes: number; links: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS links'))[0]!;
    const ids = await pickIds(db);
    const partners = new PartnerService(db, 600_000);
    const app = createApp({ db, config: { ...config, LOG_LEVEL: 'silent', HELIX_RATE_LIMIT_PER_MINUTE: 0 }, logger: createLogger('silent'), clientDir: '.data/no-client', partners, analysis });
    server = await new Promise<Server>((resolve) => {
      const srv = app.listen(0, '127.0.0.1', () => resolve(srv));
    });
    // Some direct calls take longer than Node's 5 s keep-alive: the client's idle socket is kept meanwhile.
    server.keepAliveTimeout = 300_000;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = httpClient(base);
    const memoryAtRest = { serverRssMiB: rssMiB(process.pid), serverHeapUsedMiB: round(process.memoryUsage().heapUsed / 2 ** 20), neo4j: await neo4jMemory(db, neo4jJavaPid) };

    // The first partner request reads the whole network and builds the partner graph.
    const firstPartnerRequest: ApiRequest = { name: 'partners', method: 'POST', path: '/api/partners', body: { actor: `Actor:${ids.actors[0]!.id}`, limit: 20 } };
    const partnersFirstCallMs = round((await client.call(firstPartnerRequest)).ms);
    console.log(`api-scale: first partner request (builds the partner graph) ${partnersFirstCallMs} ms`);

    // The 5,000-node graph posted to /api/metrics: the largest sector's scope, its links capped at what the endpoint takes.
    const big = JSON.parse(await tripleHelix(db, analysis, 'sector', `Sector:${ids.largestSector.id}`, limit)) as TripleHelix;
    const posted = {
      elements: {
        nodes: big.nodes.map((n) => ({ data: { id: n.data.id, label: n.data.label, type: n.data.type, helix: n.data.helix } })),
        edges: big.edges.slice(0, 20_000).map((e) => ({ data: { id: e.data.id, source: e.data.source, target: e.data.target, type: e.data.type, weight: e.data.weight } })),
      },
    };

    const loadBefore = os.loadavg();
    const oneClient: Record<string, Percentiles & { direct: Percentiles; httpOverhead: number; responseKiB: number }> = {};
    const concurrent: Record<string, LoadRun> = {};
    const only = s.HELIX_BENCH_ONLY?.split(',').filter(Boolean);
    const every = cases(db, partners, analysis, ids, limit, posted);
    const all = every.filter((c) => !only || only.some((o) => c.name.includes(o)));
    for (const c of all) {
      // One pass over every variant both ways first (the first only, for the slow ones): plans compiled, pages cached.
      for (const v of c.slow ? c.variants.slice(0, 1) : c.variants) {
        await client.call(v.request);
        await v.direct();
      }
      let bytes = 0;
      const pick = (i: number) => c.variants[i % c.variants.length]!;
      const { a: viaHttp, b: direct } = await timePaired(
        async (i) => (bytes = Math.max(bytes, (await client.call(pick(i).request)).bytes)),
        (i) => pick(i).direct(),
        { calls: s.HELIX_BENCH_CALLS, budgetMs: CASE_BUDGET_MS },
      );
      const http = percentiles(viaHttp);
      const entry = { ...http, direct: percentiles(direct), httpOverhead: round(median(viaHttp) / median(direct), 2), responseKiB: round(bytes / 1024) };
      oneClient[c.name] = entry;
      console.log(`api-scale: ${c.name}: 1 client p50 ${http.p50Ms} / p95 ${http.p95Ms} / p99 ${http.p99Ms} ms (${http.calls} calls), direct p50 ${entry.direct.p50Ms} ms, HTTP ×${entry.httpOverhead}, ${entry.responseKiB} KiB`);
    }
    const serverSampler = sampleRss(process.pid, 250);
    const neo4jSampler = neo4jJavaPid ? sampleRss(neo4jJavaPid, 250) : undefined;
    let heapMax = 0;
    const heapTimer = setInterval(() => (heapMax = Math.max(heapMax, process.memoryUsage().heapUsed)), 250);
    let neo4jUnderLoad: Awaited<ReturnType<typeof neo4jMemory>> | undefined;
    for (const c of all) {
      // The slow ones (seconds a call) would not finish within a run of seconds: every client asks once instead.
      const run = await loadRun(base, c.variants.map((v) => v.request), {
        connections: s.HELIX_BENCH_CLIENTS,
        durationS: s.HELIX_BENCH_SECONDS,
        ...(c.slow ? { amount: s.HELIX_BENCH_CLIENTS } : {}),
        timeoutS: 600,
      });
      delete (run as Partial<LoadRun>).byRequest;
      concurrent[c.name] = run;
      if (c.name.startsWith('expand, 2')) neo4jUnderLoad = await neo4jMemory(db, neo4jJavaPid);
      console.log(`api-scale: ${c.name}: ${s.HELIX_BENCH_CLIENTS} clients ${run.throughputPerS}/s, p50 ${run.latency.p50Ms} / p95 ${run.latency.p95Ms} / p99 ${run.latency.p99Ms} ms, non-2xx ${run.non2xx}, errors ${run.errors}`);
    }
    clearInterval(heapTimer);
    const serverUnderLoad = serverSampler.stop();
    const neo4jRss = neo4jSampler?.stop();
    const loadAfter = os.loadavg();
    client.close();

    const expand1 = oneClient['expand, 1 hop (limit 200)'] ?? { p95Ms: NaN };
    const overheads = Object.values(oneClient).map((c) => c.httpOverhead);
    const result = {
      machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE }),
      loadAverageBefore: loadBefore.map((x) => round(x, 2)),
      loadAverageAfter: loadAfter.map((x) => round(x, 2)),
      graph: { ...g.graph, ...counts, storeMiB: storeMiB(g.home) },
      picked: { actors: ids.actors.length, sampleDegrees: ids.sampleDegrees, typicalSector: ids.typicalSector, largestSector: ids.largestSector, postedMetricsGraph: { nodes: posted.elements.nodes.length, edges: posted.elements.edges.length } },
      goals: {
        expandP95At1ClientMs: { goal: 30, measured: expand1.p95Ms, met: expand1.p95Ms <= 30 },
        httpOverheadRatioOfMedians: { goal: 1.3, worst: Math.max(...overheads), met: Math.max(...overheads) <= 1.3 },
      },
      partnersFirstCallMs,
      casesLeftOut: every.filter((c) => !all.includes(c)).map((c) => c.name),
      oneClient,
      concurrentClients: s.HELIX_BENCH_CLIENTS,
      concurrent,
      memory: {
        note: 'The app runs in this process, with the benchmark and autocannon: its RSS includes them. Neo4j heap through JMX (CALL dbms.queryJmx); page cache resident estimated as Java RSS minus heap, non-heap and direct buffers committed (a lower bound).',
        atRest: memoryAtRest,
        underLoad: { serverRssMaxMiB: serverUnderLoad.maxMiB, serverHeapUsedMaxMiB: round(heapMax / 2 ** 20), neo4jRssMaxMiB: neo4jRss?.maxMiB, neo4jDuringExpand2: neo4jUnderLoad },
      },
      totalSeconds: Math.round((performance.now() - started) / 1000),
    };
    return await writeResult('api-scale', result);
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await analysis.close();
    await g.close();
  }
}
