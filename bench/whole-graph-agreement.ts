// Rank agreement of the stored whole-graph metrics with an independent implementation:
// `NEO4J_URI=… NEO4J_PASSWORD=… npm run bench -- whole-graph-agreement` on a graph the job has run on
// (after `npm run import:cordis`). Exports the actor network and the stored metrics as CSV and has
// igraph (Debian's python3-igraph, C) recompute them — betweenness exactly — in bench/igraph-agreement.py.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { query } from '../server/db/queries.ts';
import { machine, writeResult } from './machine.ts';

const PYTHON = process.env.HELIX_BENCH_PYTHON ?? '/usr/bin/python3';
const METRICS = ['degree', 'weightedDegree', 'pagerank', 'kcore', 'eigenvector', 'clustering', 'betweenness', 'community'] as const;

interface ActorRow {
  node: number;
  id: string;
  neighbours: number[];
  weights: number[];
  metrics: Record<string, number | null>;
}

export async function wholeGraphAgreementBench(): Promise<string> {
  const config = loadConfig();
  if (!config.NEO4J_URI || !config.NEO4J_PASSWORD) throw new Error('whole-graph-agreement: set NEO4J_URI and NEO4J_PASSWORD to a Neo4j the whole-graph job has run on');
  const db = new GraphDb(createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD), { database: config.NEO4J_DATABASE, timeoutMs: 300_000 });
  const folder = await mkdtemp(path.join(os.tmpdir(), 'helix-agreement-'));
  try {
    // the job's own read, with each actor's stored metrics beside it
    const network = query('analytics-network').replace(/RETURN (.*)$/m, `RETURN $1, a {${METRICS.map((m) => `.${m}`).join(', ')}, .metricsAt} AS metrics`);
    const actors = await db.read<ActorRow>(network);
    const index = new Map(actors.map((a, i) => [a.node, i]));
    const missing = actors.filter((a) => a.metrics.metricsAt === null).length;
    if (missing > 0) throw new Error(`${missing} actors carry no stored metrics: run the whole-graph job first (POST /api/analytics/run or an import)`);
    const links = ['a,b,w'];
    actors.forEach((a, i) => a.neighbours.forEach((node, k) => links.push(`${i},${index.get(node)!},${a.weights[k]!}`)));
    await writeFile(path.join(folder, 'links.csv'), `${links.join('\n')}\n`);
    await writeFile(path.join(folder, 'stored.csv'), `${METRICS.join(',')}\n${actors.map((a) => METRICS.map((m) => a.metrics[m] ?? 0).join(',')).join('\n')}\n`);
    const started = performance.now();
    const run = spawnSync(PYTHON, [path.join('bench', 'igraph-agreement.py'), folder], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 3_600_000 });
    if (run.status !== 0) throw new Error(`igraph-agreement.py failed (python3-igraph and python3-scipy installed?): ${run.stderr.slice(-2000)}`);
    const [run0] = await db.read<{ summary: string | null }>(query('analytics-run'));
    const summary = run0?.summary ? (JSON.parse(run0.summary) as { betweenness?: unknown }) : {};
    return await writeResult('whole-graph-agreement', {
      machine: machine({ loadAverageAtStart: os.loadavg()[0] }),
      storedBetweenness: summary.betweenness,
      igraphMs: Math.round(performance.now() - started),
      agreement: JSON.parse(run.stdout) as unknown,
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
    await db.close();
  }
}
