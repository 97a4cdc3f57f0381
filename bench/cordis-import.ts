// A whole CORDIS download in the publisher's layout imported on top of the seeds, through the same
// service the CLI runs (`npm run import:cordis -- <folder>`), on the project's own Neo4j with the
// default memory settings (512m heap, 256m per transaction): `HELIX_BENCH_CORDIS=<archives or
// folder> npm run bench -- cordis-import`. Measures reading, validating and writing (staged in
// batches above 20,000 rows: docs/import-format.md), rows per second, and the peak memory of the
// import process and of Neo4j. HELIX_BENCH_CORDIS_TIDY=<folder> also imports the same data in the
// older tidy layout, into a fresh Neo4j, for comparison.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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

/** One import of `paths` into a fresh Neo4j with the seeds: figures and what was written. */
async function measure(paths: string[]): Promise<Record<string, unknown>> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = path.resolve('.data/neo4j-bench-cordis');
  await rm(home, { recursive: true, force: true });
  const server = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: 17691, password: 'helix-bench-password' });
  const neo4jPid = Number(readFileSync(path.join(home, 'run', 'neo4j.pid'), 'utf8').trim());
  const db = new GraphDb(createDriver(server.uri, server.user, server.password), { database: 'neo4j', timeoutMs: 600_000 });
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 250);
  try {
    await applySchema(db);
    await loadSeeds(db, 'seeds');
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
      peakMemoryMiB: { importProcessRss: peakRssMiB(process.pid), importProcessHeap: Math.round(heapPeak / MiB), neo4jRss: peakRssMiB(neo4jPid) },
      written: summary.written,
      graph: await graphCounts(db),
    };
  } finally {
    clearInterval(sampler);
    await db.close();
    await server.stop();
    await rm(home, { recursive: true, force: true });
  }
}

export async function cordisImportBench(): Promise<string> {
  const input = process.env.HELIX_BENCH_CORDIS;
  if (!input) throw new Error('set HELIX_BENCH_CORDIS to the CORDIS archives or folder to import (e.g. the unpacked cordis-h2020projects-csv)');
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const publisher = await measure(input.split(path.delimiter));
  console.log(publisher);
  // The same data in the older tidy layout, if given, measured the same way for comparison.
  const tidyInput = process.env.HELIX_BENCH_CORDIS_TIDY;
  const tidy = tidyInput ? await measure(tidyInput.split(path.delimiter)) : undefined;
  if (tidy) console.log(tidy);
  return writeResult('cordis-import', {
    machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE, txMemory: config.HELIX_NEO4J_TX_MEMORY }),
    ...publisher,
    ...(tidy ? { tidyLayout: tidy } : {}),
  });
}
