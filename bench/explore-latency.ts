// Latency of the exploration endpoints on the seeds over loopback HTTP:
// `npm run bench -- explore-latency`. Median and p95 of a bounded number of calls each.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { createApp } from '../server/http/app.ts';
import { createLogger } from '../server/logger.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { loadSeeds } from '../server/seeds/load.ts';
import { machine, median, writeResult } from './machine.ts';

const CALLS = 50;
const WARM_UP = 5;

const star = {
  elements: {
    nodes: Array.from({ length: 40 }, (_, i) => ({ data: { id: `n${i}`, label: `n${i}`, type: 'Actor' } })),
    edges: Array.from({ length: 39 }, (_, i) => ({ data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, type: 'COLLABORATES_WITH' } })),
  },
};

const CASES: { name: string; path: string; body?: unknown }[] = [
  { name: 'search', path: '/api/search?q=Janssen%20Farma' },
  { name: 'search (type-ahead, filtered)', path: '/api/search?q=univ&types=Actor' },
  { name: 'node detail', path: `/api/nodes/${encodeURIComponent('Actor:universiteit-antwerpen')}` },
  { name: 'expand, 2 hops', path: '/api/expand', body: { ids: ['Actor:universiteit-antwerpen'], hops: 2 } },
  { name: 'triple-helix, sector', path: '/api/triple-helix?scope=sector&id=Sector:sector-chemistry-life-sciences' },
  { name: 'triple-helix, all', path: '/api/triple-helix' },
  { name: 'cross-sector', path: '/api/cross-sector' },
  { name: 'cross-sector shared', path: '/api/cross-sector/shared?a=Sector:sector-chemistry-life-sciences&b=Sector:sector-construction' },
  { name: 'paths, k=5', path: '/api/paths?from=Actor:janssen-pharmaceutica&to=Actor:vito&k=5&maxHops=6' },
  { name: 'metrics, scope all', path: '/api/metrics?scope=all' },
  { name: 'metrics, posted 40 nodes', path: '/api/metrics', body: star },
  { name: 'sector profile', path: '/api/sectors/Sector:sector-chemistry/profile' },
  { name: 'alignment', path: '/api/alignment?rows=regions' },
  { name: 'schema', path: '/api/schema' },
];

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;
const round = (x: number) => Math.round(x * 10) / 10;

export async function exploreLatencyBench(): Promise<string> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const home = path.resolve('.data/neo4j-bench-explore');
  await rm(home, { recursive: true, force: true });
  const neo4j = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: 17713, password: 'helix-bench-password' });
  const db = new GraphDb(createDriver(neo4j.uri, neo4j.user, neo4j.password), { database: 'neo4j', timeoutMs: 60_000 });
  let server: Server | undefined;
  try {
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    const app = createApp({ db, config: { ...config, LOG_LEVEL: 'silent' }, logger: createLogger('silent'), clientDir: '.data/no-client' });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const endpoints: Record<string, { medianMs: number; p95Ms: number; calls: number }> = {};
    for (const c of CASES) {
      const call = async () => {
        const t = performance.now();
        const res = await fetch(`${base}${c.path}`, c.body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.body) } : {});
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${c.name}: HTTP ${res.status}`);
        return performance.now() - t;
      };
      for (let i = 0; i < WARM_UP; i++) await call();
      const times: number[] = [];
      for (let i = 0; i < CALLS; i++) times.push(await call());
      endpoints[c.name] = { medianMs: round(median(times)), p95Ms: round(p95(times)), calls: CALLS };
    }
    const result = { machine: machine({ neo4j: config.HELIX_NEO4J_VERSION, heap: config.HELIX_NEO4J_HEAP, pageCache: config.HELIX_NEO4J_PAGECACHE }), warmUpCalls: WARM_UP, endpoints };
    console.table(endpoints);
    return await writeResult('explore-latency', result);
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}
