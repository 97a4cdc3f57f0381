// Import throughput on generated ecosystems: `npm run bench -- import-throughput`
// (sizes in actors from HELIX_BENCH_SIZES, default 1000,10000,100000). For each size the same
// files go (a) through the project's importer (server/importer/run.ts, as `npm run import`) and
// (b) through Neo4j's LOAD CSV … CALL { … } IN TRANSACTIONS, each into a fresh, empty Neo4j with
// the project's schema and the same memory settings. Results in bench/results/import-throughput.json.
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../server/config.ts';
import { graphCounts, type GraphCounts } from '../server/db/counts.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { generateEcosystem } from '../server/generate/ecosystem.ts';
import { runImport } from '../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../server/importer/sources.ts';
import { runningPid, startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { loadCsvStatements } from './import-load-csv.ts';
import { cpuSeconds } from './latency.ts';
import { machine, writeResult } from './machine.ts';

const SEED = 1;
// HELIX_BENCH_NEO4J_HOME / HELIX_BENCH_BOLT_PORT let several people bench on one machine.
const HOME = path.resolve(process.env.HELIX_BENCH_NEO4J_HOME ?? '.data/neo4j-bench-h1');
const BOLT_PORT = Number(process.env.HELIX_BENCH_BOLT_PORT ?? 17811);
/** The benchmark's own copy of the generated files (others may regenerate the default folders meanwhile). */
const FILES = path.resolve('.data/bench-import-throughput');
const LOAD_CSV_ROWS = Number(process.env.HELIX_BENCH_LOAD_CSV_ROWS ?? 10_000);
/** HELIX_BENCH_PARAMETERS=0 leaves out the run through parameters (a remote Neo4j's path), which takes longest. */
const WITH_PARAMETERS = process.env.HELIX_BENCH_PARAMETERS !== '0';

const sizes = (process.env.HELIX_BENCH_SIZES ?? '1000,10000,100000').split(',').map((s) => {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || n < 10) throw new Error(`HELIX_BENCH_SIZES: "${s}" is not a number of actors (10 or more)`);
  return n;
});

// Heap and page cache raised from the project's defaults for a million-link graph; the same for both methods.
const config = loadConfig({ HELIX_NEO4J_HEAP: '2g', HELIX_NEO4J_PAGECACHE: '1g', ...process.env, NEO4J_URI: undefined });
const neo4jOptions = localNeo4jOptions(config, () => {});

/** A fresh, empty Neo4j with the project's schema. */
async function freshNeo4j(): Promise<{ server: LocalNeo4j; db: GraphDb }> {
  await rm(HOME, { recursive: true, force: true });
  const server = await startLocalNeo4j({ ...neo4jOptions, home: HOME, boltPort: BOLT_PORT, password: 'helix-bench-password' });
  const db = new GraphDb(createDriver(server.uri, server.user, server.password), { database: 'neo4j', timeoutMs: 3_600_000, importFolder: server.importFolder });
  await applySchema(db);
  return { server, db };
}

async function stop({ server, db }: { server: LocalNeo4j; db: GraphDb }): Promise<void> {
  await db.close();
  await server.stop();
  await rm(HOME, { recursive: true, force: true });
}

/** CPU seconds used from now on by Neo4j (its Java process) and by this Node process. */
function cpuMeter() {
  const pid = runningPid(HOME);
  const neo4jAt = pid ? cpuSeconds(pid) : NaN;
  const nodeAt = process.cpuUsage();
  return {
    read() {
      const node = process.cpuUsage(nodeAt);
      return { neo4j: pid ? Math.round((cpuSeconds(pid) - neo4jAt) * 10) / 10 : null, node: Math.round((node.user + node.system) / 1e5) / 10 };
    },
  };
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

/** A few nodes and relationships with all their properties, to check both methods wrote the same. */
async function samples(db: GraphDb): Promise<string> {
  const rows = await db.read(
    `MATCH (a:Actor {id: 'actor-000001'}) OPTIONAL MATCH (a)-[r]->(b)
     WITH a, r, b ORDER BY type(r), b.id
     RETURN properties(a) AS actor, collect([type(r), b.id, properties(r)]) AS links`,
  );
  return JSON.stringify(rows, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v));
}

interface Run {
  ms: number;
  /** 1-minute load average when the run started and ended (the machine is shared). */
  loadAverage: [number, number];
  nodes: number;
  relationships: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  rowsPerSecond: number;
}

const run = (ms: number, counts: GraphCounts, loadBefore: number): Run => {
  const nodes = sum(counts.nodes);
  const relationships = sum(counts.relationships);
  return { ms: Math.round(ms), loadAverage: [loadBefore, os.loadavg()[0]!], nodes, relationships, nodesPerSecond: Math.round(nodes / (ms / 1000)), relationshipsPerSecond: Math.round(relationships / (ms / 1000)), rowsPerSecond: Math.round((nodes + relationships) / (ms / 1000)) };
};

/** viaFiles: batches as files LOAD CSV reads (the project's own Neo4j); otherwise as parameters (a remote Neo4j). */
async function importerRun(folder: string, viaFiles: boolean) {
  const neo = await freshNeo4j();
  try {
    const { sources, problems } = sourcesFor(await filesFromPaths([folder]));
    let last = 0;
    const load = os.loadavg()[0]!;
    const cpu = cpuMeter();
    let validationCpu: ReturnType<typeof cpu.read> | undefined;
    let validatedAt = 0;
    const t = performance.now();
    const { report, summary } = await runImport(neo.db, sources, {
      preProblems: problems,
      viaFiles,
      onValidated: () => {
        validationCpu = cpu.read();
        validatedAt = performance.now() - t;
      },
      onProgress: (p) => {
        if (Date.now() - last < 15_000) return;
        last = Date.now();
        console.log(`  importer: ${p.done} of ${p.total} rows (${p.file})`);
      },
    });
    const ms = performance.now() - t;
    const used = cpu.read();
    const counts = await graphCounts(neo.db);
    return {
      ...run(ms, counts, load),
      // A large import writes while its later files are validated (server/importer/run.ts): the
      // writing then starts before validation ends.
      validateMs: Math.round(validatedAt),
      writeMs: summary!.ms,
      writeStartedMs: Math.round(ms - summary!.ms),
      cpuSeconds: { ...used, validationNode: validationCpu?.node ?? null },
      fileRows: report.rows,
      stagedBatches: summary!.stagedBatches ?? null,
      counts,
      sample: await samples(neo.db),
    };
  } finally {
    await stop(neo);
  }
}

async function loadCsvRun(folder: string) {
  const neo = await freshNeo4j();
  try {
    const files = (await readdir(folder)).filter((f) => f.endsWith('.csv')).sort();
    await mkdir(path.join(HOME, 'import'), { recursive: true });
    for (const f of files) await copyFile(path.join(folder, f), path.join(HOME, 'import', f));
    const statements = await loadCsvStatements(folder, files, LOAD_CSV_ROWS);
    const session = neo.db.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.WRITE });
    const load = os.loadavg()[0]!;
    const cpu = cpuMeter();
    const t = performance.now();
    try {
      for (const s of statements) await session.run(s);
    } finally {
      await session.close();
    }
    const ms = performance.now() - t;
    const used = cpu.read();
    const counts = await graphCounts(neo.db);
    return { ...run(ms, counts, load), cpuSeconds: used, statements: statements.length, rowsPerTransaction: LOAD_CSV_ROWS, counts, sample: await samples(neo.db) };
  } finally {
    await stop(neo);
  }
}

export async function importThroughputBench(): Promise<string> {
  const loadBefore = os.loadavg();
  const results = [];
  for (const actors of sizes) {
    const out = path.join(FILES, `actors-${actors}-seed-${SEED}`);
    const generated = await generateEcosystem({ actors, seed: SEED, out });
    console.log(`import-throughput: ${actors} actors → ${generated.nodes} node rows, ${generated.links} link rows (generated in ${generated.ms} ms)`);
    const importer = await importerRun(out, true);
    console.log(`  importer (files): ${importer.ms} ms (${importer.rowsPerSecond} rows/s; validation ${importer.validateMs} ms; CPU s ${JSON.stringify(importer.cpuSeconds)})`);
    const loadCsv = await loadCsvRun(out);
    console.log(`  LOAD CSV: ${loadCsv.ms} ms (${loadCsv.rowsPerSecond} rows/s; CPU s ${JSON.stringify(loadCsv.cpuSeconds)})`);
    const parameters = WITH_PARAMETERS ? await importerRun(out, false) : undefined;
    if (parameters) console.log(`  importer (parameters): ${parameters.ms} ms (${parameters.rowsPerSecond} rows/s; validation ${parameters.validateMs} ms; CPU s ${JSON.stringify(parameters.cpuSeconds)})`);
    const same = (a: typeof importer) => JSON.stringify(a.counts) === JSON.stringify(loadCsv.counts) && a.sample === loadCsv.sample;
    const sameGraph = same(importer) && (!parameters || same(parameters));
    if (!sameGraph) console.log('  warning: the methods wrote different graphs', importer.counts, parameters?.counts, loadCsv.counts);
    const { sample: _a, ...imp } = importer;
    const { sample: _b, counts: _c, ...lc } = loadCsv;
    const ratio = (ms: number) => Math.round((loadCsv.ms / ms) * 100) / 100;
    const par = parameters ? (({ sample: _p, counts: _pc, ...rest }) => rest)(parameters) : null;
    results.push({ actors, seed: SEED, fileRows: generated.nodes + generated.links, importer: imp, importerParameters: par, loadCsv: lc, sameGraph, throughputRatio: ratio(importer.ms), throughputRatioParameters: parameters ? ratio(parameters.ms) : null });
    console.log(`  ratio importer/LOAD CSV (throughput): files ${ratio(importer.ms)}, parameters ${parameters ? ratio(parameters.ms) : '(not run)'}`);
  }
  await rm(FILES, { recursive: true, force: true });
  return writeResult('import-throughput', {
    machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: neo4jOptions.heap, pageCache: neo4jOptions.pageCache, transactionMemory: neo4jOptions.transactionMemory }),
    loadAverageBefore: loadBefore,
    loadAverageAfter: os.loadavg(),
    notes: [
      'throughputRatio = LOAD CSV wall time / importer wall time (same rows); the importer includes validating every row. importer: batches handed to Neo4j as files in its import folder (the project\'s own Neo4j); importerParameters: batches as Bolt parameters (the path for a remote Neo4j), throughputRatioParameters its ratio. Order per size: importer (files), LOAD CSV, importer (parameters; null when left out with HELIX_BENCH_PARAMETERS=0), each into a fresh Neo4j.',
      'cpuSeconds: CPU time (user + system) used during the run by the Neo4j Java process and by this Node process (the importer: CSV reading, validation, the driver); validationNode: of which the validation pass.',
    ],
    results,
  });
}
