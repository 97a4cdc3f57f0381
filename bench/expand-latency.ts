// Expand, 1 hop, limit 200, at one client, on a graph already in a Neo4j: `NEO4J_URI=… NEO4J_PASSWORD=…
// npm run bench -- expand-latency` (the 100k synthetic graph as api-scale imports it, or the one
// the whole-graph benchmark left). api-scale times the same calls but builds its own graph first
// (ten minutes of generating and importing); this one times only the calls, so that a quiet moment
// of a shared machine is enough. The 20 actors api-scale samples, HELIX_BENCH_ROUNDS rounds over
// them, each call over HTTP then in process (the service function), after one warm-up round.
// With HELIX_NEO4J_HOME set to that Neo4j's home (the project's own Neo4j), it also counts the CPU
// time Neo4j and this process spend per call: it moves less than latency with the load other
// work puts on a shared machine, so two versions run one after the other compare by it too. The heaviest neighbourhoods (most links) are listed apart:
// they make the tail.
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { expand } from '../server/explore/expand.ts';
import { AnalysisPool } from '../server/explore/analysis-pool.ts';
import { createApp } from '../server/http/app.ts';
import { createLogger } from '../server/logger.ts';
import { PartnerService } from '../server/partners/service.ts';
import { pickIds } from './api-scale.ts';
import { cpuSeconds, httpClient, percentiles, round } from './latency.ts';
import { runningPid } from '../server/neo4j/local-server.ts';
import { machine, writeResult } from './machine.ts';

const settings = z.object({ HELIX_BENCH_ROUNDS: z.coerce.number().int().min(1).max(100).default(15) }).parse(process.env);

export async function expandLatencyBench(): Promise<string> {
  const config = loadConfig();
  if (!config.NEO4J_URI || !config.NEO4J_PASSWORD) throw new Error('expand-latency: set NEO4J_URI and NEO4J_PASSWORD to a Neo4j holding the graph to measure');
  const db = new GraphDb(createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD), { database: config.NEO4J_DATABASE, timeoutMs: config.HELIX_QUERY_TIMEOUT_MS });
  const analysis = AnalysisPool.fromConfig(config);
  let server: Server | undefined;
  try {
    const counts = (await db.read<{ nodes: number; links: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS links'))[0]!;
    const ids = (await pickIds(db)).actors.map((a) => `Actor:${a.id}`);
    const app = createApp({ db, config: { ...config, LOG_LEVEL: 'silent', HELIX_RATE_LIMIT_PER_MINUTE: 0 }, logger: createLogger('silent'), clientDir: '.data/no-client', partners: new PartnerService(db, 600_000), analysis });
    server = await new Promise<Server>((resolve) => {
      const srv = app.listen(0, '127.0.0.1', () => resolve(srv));
    });
    // Some calls wait longer than Node's 5 s keep-alive on a busy machine: the client's idle socket is kept meanwhile.
    server.keepAliveTimeout = 300_000;
    const client = httpClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const request = { ids: [''], hops: 1, limit: 200 };
    const overHttp = (id: string) => client.call({ name: 'expand 1', method: 'POST', path: '/api/expand', body: { ...request, ids: [id] } });
    const inProcess = (id: string) => expand(db, { ...request, ids: [id] });
    for (const id of ids) {
      await overHttp(id);
      await inProcess(id);
    }
    const neo4jPid = process.env.HELIX_NEO4J_HOME ? runningPid(process.env.HELIX_NEO4J_HOME) : undefined;
    const loadAtStart = os.loadavg()[0];
    const http: number[] = [];
    const direct: number[] = [];
    const byActor = new Map<string, { links: number; http: number[] }>();
    const neo4jAt = neo4jPid ? cpuSeconds(neo4jPid) : 0;
    const appAt = process.cpuUsage();
    for (let r = 0; r < settings.HELIX_BENCH_ROUNDS; r++) {
      for (const id of ids) {
        const call = await overHttp(id);
        http.push(call.ms);
        const started = performance.now();
        const answer = await inProcess(id);
        direct.push(performance.now() - started);
        const entry = byActor.get(id) ?? { links: answer.edges.length, http: [] };
        entry.http.push(call.ms);
        byActor.set(id, entry);
      }
    }
    const appCpu = process.cpuUsage(appAt);
    const calls = 2 * http.length;
    const cpuPerCallMs = {
      calls,
      measuredAs: 'CPU time (user + system) over all calls, over HTTP and in process, divided by their number; the app and the bench share this process',
      neo4j: neo4jPid ? round(((cpuSeconds(neo4jPid) - neo4jAt) * 1000) / calls, 2) : null,
      app: round((appCpu.user + appCpu.system) / 1000 / calls, 2),
    };
    client.close();
    const heaviest = [...byActor.entries()]
      .sort(([, a], [, b]) => b.links - a.links)
      .slice(0, 3)
      .map(([id, { links, http: ms }]) => ({ id, links, overHttpMs: percentiles(ms) }));
    const overHttpMs = percentiles(http);
    return await writeResult('expand-latency', {
      machine: machine({ loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg()[0] }),
      graph: counts,
      calls: { actors: ids.length, rounds: settings.HELIX_BENCH_ROUNDS, request: { hops: 1, limit: 200 } },
      overHttpMs,
      inProcessMs: percentiles(direct),
      cpuPerCallMs,
      heaviest,
      goal: { p95AtOneClientMs: 30, met: overHttpMs.p95Ms <= 30 },
    });
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await analysis.close();
    await db.close();
  }
}
