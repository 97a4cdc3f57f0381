// A whole CORDIS download in the publisher's layout imported on top of the seeds, through the same
// service the CLI runs (`npm run import:cordis -- <folder>`), on the project's own Neo4j with the
// default memory settings (512m heap, 256m per transaction): `HELIX_BENCH_CORDIS=<archives or
// folder> npm run bench -- cordis-import`. Measures reading, validating and writing (staged in
// batches above 20,000 rows: docs/import-format.md), rows per second, and the peak memory of the
// import process and of Neo4j. HELIX_BENCH_CORDIS_TIDY=<folder> also imports the same data in the
// older tidy layout, into a fresh Neo4j, for comparison. To see how memory grows with the input,
// each in a process of its own (the resident peak never goes down): HELIX_BENCH_CORDIS_GC=1 runs a
// full garbage collection every second and reports the largest heap after one (what the import
// holds, without garbage not yet collected), and HELIX_BENCH_CORDIS_HALF=1 imports every other
// project of a folder in the publisher's layout with only their participations. Results go to
// bench/results/cordis-import[-half][-gc].json.
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'csv-parse';
import { loadConfig } from '../server/config.ts';
import { graphCounts } from '../server/db/counts.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { prepareCordisImport } from '../server/importer/cordis/service.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { loadSeeds } from '../server/seeds/load.ts';
import { machine, writeResult } from './machine.ts';

const MiB = 2 ** 20;

/** The peak resident memory of a process (VmHWM), in MiB; undefined where /proc cannot tell. */
function peakRssMiB(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** A full garbage collection, for measuring what the import really holds (not garbage not yet collected). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The raw records of a CORDIS CSV file (`;`-separated, quoted), the header first. */
async function rawRecords(file: string): Promise<{ fields: string[]; raw: string }[]> {
  const out: { fields: string[]; raw: string }[] = [];
  for await (const { record, raw } of createReadStream(file).pipe(parse({ delimiter: ';', raw: true, bom: true }))) out.push({ fields: record as string[], raw: raw as string });
  return out;
}

/** A copy of a publisher-layout folder with every other project of project.csv and only their participations. */
async function halfFolder(folder: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helix-bench-cordis-half-'));
  const [projectHeader, ...projects] = await rawRecords(path.join(folder, 'project.csv'));
  const kept = projects.filter((_, i) => i % 2 === 0);
  const ids = new Set(kept.map((p) => p.fields[projectHeader!.fields.indexOf('id')]));
  const [orgHeader, ...orgs] = await rawRecords(path.join(folder, 'organization.csv'));
  const projectID = orgHeader!.fields.indexOf('projectID');
  await writeFile(path.join(dir, 'project.csv'), [projectHeader!, ...kept].map((r) => r.raw).join(''));
  await writeFile(path.join(dir, 'organization.csv'), [orgHeader!, ...orgs.filter((o) => ids.has(o.fields[projectID]))].map((r) => r.raw).join(''));
  return dir;
}

/**
 * One import of `paths` into a fresh Neo4j with the seeds: figures and what was written. With
 * `retained`, a full garbage collection every second gives the heap the import really holds.
 */
async function measure(paths: string[], retained = false): Promise<Record<string, unknown>> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = path.resolve('.data/neo4j-bench-cordis');
  await rm(home, { recursive: true, force: true });
  const server = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: 17691, password: 'helix-bench-password', startTimeoutMs: 600_000 });
  const neo4jPid = Number(readFileSync(path.join(home, 'run', 'neo4j.pid'), 'utf8').trim());
  const db = new GraphDb(createDriver(server.uri, server.user, server.password), { database: 'neo4j', timeoutMs: 600_000 });
  const gc = retained ? collector() : undefined;
  gc?.();
  let heapPeak = 0;
  let retainedPeak = 0;
  const heapAtStart = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 250);
  const retainedSampler = gc
    ? setInterval(() => {
        gc();
        retainedPeak = Math.max(retainedPeak, process.memoryUsage().heapUsed);
      }, 1000)
    : undefined;
  try {
    await applySchema(db);
    // A cold Neo4j on a busy machine can take minutes over the seeds: not what is measured here.
    await loadSeeds(db, 'seeds', 900_000);
    const loadAverageAtStart = os.loadavg()[0];
    let t = performance.now();
    const { cordis, report, write } = await prepareCordisImport(db, paths);
    const readAndValidateMs = performance.now() - t;
    t = performance.now();
    const summary = await write!();
    const writeMs = performance.now() - t;
    return {
      loadAverageAtStart,
      input: cordis.inputs,
      cordis: cordis.stats,
      reviewMatches: cordis.review.length,
      rows: report.rows,
      readAndValidateMs: Math.round(readAndValidateMs),
      writeMs: Math.round(writeMs),
      totalMs: Math.round(readAndValidateMs + writeMs),
      rowsPerSecond: Math.round(report.rows / ((readAndValidateMs + writeMs) / 1000)),
      writeRowsPerSecond: summary.rowsPerSecond,
      stagedBatches: summary.stagedBatches,
      // The import process's peak is over the whole bench run so far (VmHWM never goes down).
      peakMemoryMiB: {
        importProcessRss: peakRssMiB(process.pid),
        importProcessHeap: Math.round(heapPeak / MiB),
        // The largest heap right after a full collection, less the heap before the import.
        ...(gc ? { importProcessRetainedHeap: Math.round((retainedPeak - heapAtStart) / MiB), heapBeforeImport: Math.round(heapAtStart / MiB) } : {}),
        neo4jRss: peakRssMiB(neo4jPid),
      },
      written: summary.written,
      graph: await graphCounts(db),
    };
  } finally {
    clearInterval(sampler);
    clearInterval(retainedSampler);
    await db.close();
    await server.stop();
    await rm(home, { recursive: true, force: true });
  }
}

export async function cordisImportBench(): Promise<string> {
  const input = process.env.HELIX_BENCH_CORDIS;
  if (!input) throw new Error('set HELIX_BENCH_CORDIS to the CORDIS archives or folder to import (e.g. the unpacked cordis-h2020projects-csv)');
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const half = process.env.HELIX_BENCH_CORDIS_HALF === '1';
  const gc = process.env.HELIX_BENCH_CORDIS_GC === '1';
  const halved = half ? await halfFolder(input) : undefined;
  let publisher: Record<string, unknown>;
  try {
    publisher = await measure(halved ? [halved] : input.split(path.delimiter), gc);
  } finally {
    if (halved) await rm(halved, { recursive: true, force: true });
  }
  console.log(publisher);
  // The same data in the older tidy layout, if given, measured the same way for comparison.
  const tidyInput = process.env.HELIX_BENCH_CORDIS_TIDY;
  const tidy = tidyInput ? await measure(tidyInput.split(path.delimiter)) : undefined;
  if (tidy) console.log(tidy);
  return writeResult(`cordis-import${half ? '-half' : ''}${gc ? '-gc' : ''}`, {
    ...(half ? { halfOf: 'every other project of the folder, with only their participations' } : {}),
    machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE, txMemory: config.HELIX_NEO4J_TX_MEMORY }),
    ...publisher,
    ...(tidy ? { tidyLayout: tidy } : {}),
  });
}
