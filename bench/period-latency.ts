// What a period costs: `npm run bench -- period-latency`. For the same scope, each exploring call
// without a period and with one (2014-2016), alternated call by call so that the machine's load
// hits both alike: overview, expand (1 hop, limit 200), triple helix and metrics of a scope,
// called as their routes call them (the service functions, no HTTP). Goal: the filtered call's
// median at most 1.3 × the unfiltered one's (issue 19).
//
// On the synthetic 100k graph (generated with years, imported as api-scale does: its settings
// HELIX_BENCH_ACTORS, HELIX_BENCH_SEED, HELIX_BENCH_KEEP_DB, HELIX_BENCH_BOLT_PORT), scope: the
// province of median size (a sector of median size holds about 10,000 actors, and the links among
// the 5,000 kept need more than the 256 MiB a transaction may use: bench/README.md). On the Belgian CORDIS import when HELIX_BENCH_CORDIS=<archives or folder>
// is set (imported alone into .data/neo4j-bench-period-cordis, Bolt 17732, kept for the next run
// with HELIX_BENCH_KEEP_DB=1), scope: the NUTS 2 region with the most actors.
// HELIX_BENCH_CALLS (20) calls each way per case; HELIX_BENCH_GRAPHS=synthetic or cordis measures
// one graph and keeps the other's figures in the results file. The file is written after each graph.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Scope } from '../contract/index.ts';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { AnalysisPool } from '../server/explore/analysis-pool.ts';
import { expand } from '../server/explore/expand.ts';
import { scopeMetrics } from '../server/explore/metrics.ts';
import { overview } from '../server/explore/overview.ts';
import type { PeriodInput } from '../server/explore/period.ts';
import { tripleHelix } from '../server/explore/triple-helix.ts';
import { prepareCordisImport } from '../server/importer/cordis/service.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { pickIds, scaleGraph } from './api-scale.ts';
import { percentiles, round, timePaired } from './latency.ts';
import { machine, median, writeResult } from './machine.ts';

const settings = z
  .object({
    HELIX_BENCH_CALLS: z.coerce.number().int().min(5).max(1000).default(20),
    HELIX_BENCH_CORDIS: z.string().optional(),
    HELIX_BENCH_KEEP_DB: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
    /** Comma-separated: `synthetic`, `cordis` (both by default, cordis when HELIX_BENCH_CORDIS is set). */
    HELIX_BENCH_GRAPHS: z.string().default('synthetic,cordis'),
  })
  .parse(process.env);

const PERIOD: PeriodInput = { period: { from: 2014, to: 2016 } };
const GOAL = 1.3;
/** Time for one case's calls, both ways; at least 5 calls each. */
const CASE_BUDGET_MS = 90_000;
const CORDIS_HOME = '.data/neo4j-bench-period-cordis';
const CORDIS_BOLT = 17732;
const MARKER = 'bench-graph.json';

interface Subject {
  scope: { kind: Scope; id: string; name: string; actors: number };
  actors: string[];
}

/** The cases: each a call of the service function, given the period or not. */
function cases(db: GraphDb, pool: AnalysisPool, s: Subject, limit: number) {
  const { kind, id } = s.scope;
  return {
    overview: () => (p: PeriodInput) => overview(db, 2000, p),
    'expand, 1 hop (limit 200)': (i: number) => (p: PeriodInput) => expand(db, { ids: [s.actors[i % s.actors.length]!], hops: 1, limit: 200, ...p }),
    'triple helix of the scope': () => (p: PeriodInput) => tripleHelix(db, pool, kind, id, limit, undefined, p),
    'metrics of the scope': () => (p: PeriodInput) => scopeMetrics(db, pool, kind, id, limit, undefined, p),
  } satisfies Record<string, (i: number) => (p: PeriodInput) => Promise<unknown>>;
}

async function measure(label: string, db: GraphDb, pool: AnalysisPool, s: Subject, limit: number) {
  const out: Record<string, { unfiltered: ReturnType<typeof percentiles>; filtered: ReturnType<typeof percentiles>; ratio: number; met: boolean }> = {};
  for (const [name, call] of Object.entries(cases(db, pool, s, limit))) {
    // Warm-up: plans compiled and pages cached for both.
    await call(0)({});
    await call(0)(PERIOD);
    const { a, b } = await timePaired((i) => call(i)({}), (i) => call(i)(PERIOD), { calls: settings.HELIX_BENCH_CALLS, budgetMs: CASE_BUDGET_MS });
    const ratio = round(median(b) / median(a), 2);
    out[name] = { unfiltered: percentiles(a), filtered: percentiles(b), ratio, met: ratio <= GOAL };
    console.log(`period-latency: ${label}: ${name}: p50 ${out[name].unfiltered.p50Ms} ms, in ${PERIOD.period!.from}-${PERIOD.period!.to} ${out[name].filtered.p50Ms} ms, ×${ratio}`);
  }
  return out;
}

/** The synthetic graph: the province of median size, and the sampled actors of api-scale. */
async function synthetic() {
  const g = await scaleGraph();
  const pool = AnalysisPool.fromConfig(g.config);
  try {
    const ids = await pickIds(g.db);
    const provinces = await g.db.read<{ id: string; actors: number }>(
      `MATCH (r:Region {level: 'province'})
       CALL (r) { MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) RETURN count(DISTINCT a) AS actors }
       RETURN r.id AS id, actors ORDER BY actors, r.id`,
    );
    const province = provinces[Math.floor(provinces.length / 2)];
    if (!province) throw new Error('the synthetic graph has no province');
    const subject: Subject = {
      scope: { kind: 'region', id: `Region:${province.id}`, name: province.id, actors: province.actors },
      actors: ids.actors.map((a) => `Actor:${a.id}`),
    };
    const counts = await graphFigures(g.db);
    return { graph: { ...g.graph, ...counts }, subject, cases: await measure('synthetic', g.db, pool, subject, g.config.HELIX_RESULT_LIMIT) };
  } finally {
    await pool.close();
    await g.close();
  }
}

/** The CORDIS import on top of the seeds: the NUTS 2 region with the most actors, and 20 of its actors spread over their ids. */
async function cordis(input: string) {
  const config = loadConfig({ HELIX_NEO4J_HEAP: '1g', HELIX_NEO4J_PAGECACHE: '1g', ...process.env, NEO4J_URI: undefined });
  const home = path.resolve(CORDIS_HOME);
  const marker = path.join(home, MARKER);
  const reused = settings.HELIX_BENCH_KEEP_DB && existsSync(marker);
  if (!reused) await rm(home, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: CORDIS_BOLT, password: 'helix-bench-password', startTimeoutMs: 300_000 });
  const db = new GraphDb(createDriver(neo4j.uri, neo4j.user, neo4j.password), { database: 'neo4j', timeoutMs: 600_000 });
  const pool = AnalysisPool.fromConfig(config);
  try {
    let importMs: number | undefined;
    if (!reused) {
      await applySchema(db);
      const t = performance.now();
      const { write } = await prepareCordisImport(db, input.split(path.delimiter));
      await write!();
      importMs = Math.round(performance.now() - t);
      await writeFile(marker, `${JSON.stringify({ importMs })}\n`);
    }
    const [region] = await db.read<{ id: string; name: string; actors: number }>(
      `MATCH (r:Region) WHERE size(r.code) = 4
       CALL (r) { MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) RETURN count(DISTINCT a) AS actors }
       RETURN r.id AS id, r.name AS name, actors ORDER BY actors DESC, r.id LIMIT 1`,
    );
    if (!region) throw new Error('the CORDIS import placed no actor in a NUTS 2 region');
    const actors = await db.read<{ id: string }>(
      `MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {id: $region}) WHERE EXISTS { (a)-[:COLLABORATES_WITH]-() }
       WITH DISTINCT a ORDER BY a.id RETURN a.id AS id`,
      { region: region.id },
    );
    const step = Math.max(1, Math.floor(actors.length / 20));
    const subject: Subject = {
      scope: { kind: 'region', id: `Region:${region.id}`, name: region.name, actors: region.actors },
      actors: actors.filter((_, i) => i % step === 0).slice(0, 20).map((a) => `Actor:${a.id}`),
    };
    return { graph: { input: path.basename(input), reused, importMs, ...(await graphFigures(db)) }, subject, cases: await measure('cordis', db, pool, subject, config.HELIX_RESULT_LIMIT) };
  } finally {
    await pool.close();
    await db.close();
    await neo4j.stop();
    if (!settings.HELIX_BENCH_KEEP_DB) await rm(home, { recursive: true, force: true });
  }
}

/** Sizes of a graph, and how much of it the period holds. */
async function graphFigures(db: GraphDb) {
  const [row] = await db.read<Record<string, number>>(
    `MATCH (p:Project) WITH count(p) AS projects, count(CASE WHEN toInteger(left(toString(p.start), 4)) <= $to AND toInteger(left(toString(coalesce(p.end, p.start)), 4)) >= $from THEN 1 END) AS projectsInPeriod
     MATCH ()-[r:COLLABORATES_WITH]->() RETURN projects, projectsInPeriod, count(r) AS pairs,
       count(CASE WHEN r.since <= $to AND r.until >= $from THEN 1 END) AS pairsSpanningPeriod`,
    { from: PERIOD.period!.from, to: PERIOD.period!.to },
  );
  return row ?? {};
}

export async function periodLatencyBench(): Promise<string> {
  const graphs = settings.HELIX_BENCH_GRAPHS.split(',');
  const config = loadConfig({ HELIX_NEO4J_HEAP: '1g', HELIX_NEO4J_PAGECACHE: '1g', ...process.env, NEO4J_URI: undefined });
  const result: Record<string, unknown> = {
    machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE }),
    period: PERIOD.period,
    goal: `filtered median ≤ ${GOAL} × unfiltered median, same scope`,
  };
  const file = path.join('bench', 'results', 'period-latency.json');
  const earlier = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>) : {};
  let written = '';
  for (const graph of graphs) {
    if (graph === 'synthetic') result.synthetic = await synthetic();
    else if (graph === 'cordis') result.cordis = settings.HELIX_BENCH_CORDIS ? await cordis(settings.HELIX_BENCH_CORDIS) : { skipped: 'HELIX_BENCH_CORDIS not set' };
    else throw new Error(`HELIX_BENCH_GRAPHS: unknown graph "${graph}" (synthetic, cordis)`);
    // The graph not measured this time keeps its figures, with their own date and machine.
    const kept = Object.fromEntries(['synthetic', 'cordis'].filter((g) => !(g in result) && g in earlier).map((g) => [g, { ...(earlier[g] as object), measured: earlier.date, machine: earlier.machine }]));
    written = await writeResult('period-latency', { ...result, ...kept });
  }
  return written;
}
