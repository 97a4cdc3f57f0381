// Map API answer time on the CORDIS import: `NEO4J_URI=… NEO4J_PASSWORD=… npm run bench -- map-latency`.
// GET /api/regions/map at NUTS 2 and 3 and GET /api/regions/flows at NUTS 2 and 3 (top 30, as the
// map asks) and for one region (BE211, the Antwerp arrondissement), over HTTP on the configured
// Neo4j when it holds the CORDIS import (skipped when it has fewer than 10,000 actors). Each call
// once cold-ish (the first after start: plans compiled), then HELIX_BENCH_CALLS (5) times.
// The query timeout is raised to 120 s so that a slow answer is measured, not cut at 10 s.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { connect } from '../server/db/connect.ts';
import { createApp } from '../server/http/app.ts';
import { createLogger } from '../server/logger.ts';
import { percentiles, round } from './latency.ts';
import { machine, writeResult } from './machine.ts';

const settings = z.object({ HELIX_BENCH_CALLS: z.coerce.number().int().min(1).max(100).default(5) }).parse(process.env);

const CASES: { name: string; path: string }[] = [
  { name: 'map, NUTS 2', path: '/api/regions/map?level=2&measure=actors' },
  { name: 'map, NUTS 3', path: '/api/regions/map?level=3&measure=actors' },
  { name: 'flows, NUTS 2 (top 30)', path: '/api/regions/flows?level=2&limit=30' },
  { name: 'flows, NUTS 3 (top 30)', path: '/api/regions/flows?level=3&limit=30' },
  { name: 'flows of BE211, NUTS 3 (top 30)', path: '/api/regions/flows?level=3&region=BE211&limit=30' },
];

async function timed(url: string): Promise<{ ms: number; status: number; size: string }> {
  const t = performance.now();
  const res = await fetch(url);
  const body = (await res.json()) as { regions?: unknown[]; total?: number };
  const ms = performance.now() - t;
  return { ms, status: res.status, size: body.regions ? `${body.regions.length} regions` : body.total !== undefined ? `${body.total} region pairs` : '' };
}

export async function mapLatencyBench(): Promise<string> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', HELIX_QUERY_TIMEOUT_MS: '120000', HELIX_RATE_LIMIT_PER_MINUTE: '0' });
  const connection = await connect(config, () => {});
  const { db } = connection;
  try {
    const [{ actors }] = (await db.read<{ actors: number }>('MATCH (a:Actor) RETURN count(a) AS actors')) as [{ actors: number }];
    if (actors < 10_000) return await writeResult('map-latency', { machine: machine(), skipped: `the configured Neo4j holds ${actors} actors, not the CORDIS import` });
    const app = createApp({ db, config, logger: createLogger('silent'), clientDir: 'no-client' });
    const http = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const loadBefore = os.loadavg()[0];
    const results: Record<string, unknown> = {};
    try {
      for (const c of CASES) {
        const first = await timed(base + c.path);
        if (first.status !== 200) throw new Error(`${c.path}: HTTP ${first.status}`);
        const times: number[] = [];
        for (let i = 0; i < settings.HELIX_BENCH_CALLS; i++) times.push((await timed(base + c.path)).ms);
        results[c.name] = { path: c.path, answer: first.size, firstMs: round(first.ms), ...percentiles(times) };
        console.log(`map-latency: ${c.name}: first ${round(first.ms)} ms, then p50 ${percentiles(times).p50Ms} ms (${first.size})`);
      }
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
    return await writeResult('map-latency', { machine: machine({ loadAverageBefore: round(loadBefore ?? 0, 2), loadAverageAfter: round(os.loadavg()[0] ?? 0, 2) }), graph: { actors }, calls: settings.HELIX_BENCH_CALLS, cases: results });
  } finally {
    await connection.close();
  }
}
