// Where the time of an expand goes on the synthetic 100k-actor graph: `npm run bench -- expand-phases`.
// The graph of api-scale (bench/api-scale.ts, the same HELIX_BENCH_* settings; HELIX_BENCH_KEEP_DB=1
// reuses it), the same 20 sampled actors, 1 hop, limit 200 as POST /api/expand asks it. Each call
// runs the service function itself (`expand`) in a read transaction whose queries are timed one by
// one: Neo4j's own time (the summary's resultAvailableAfter + resultConsumedAfter) and the rest of
// the query's wall time (the driver decoding the records, and the loopback), then the answer's
// JSON serialisation, as the route does it (`res.json`).
import os from 'node:os';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { GraphDb } from '../server/db/graph-db.ts';
import { NO_PERIOD, queryText, type QueryRef, type Reader, type Row } from '../server/db/rows.ts';
import { expand } from '../server/explore/expand.ts';
import { pickIds, scaleGraph } from './api-scale.ts';
import { percentiles, round } from './latency.ts';
import { machine, median, writeResult } from './machine.ts';

const settings = z.object({ HELIX_BENCH_ROUNDS: z.coerce.number().int().min(1).max(100).default(5) }).parse(process.env);

interface Call {
  serviceMs: number;
  jsonMs: number;
  bytes: number;
  nodes: number;
  edges: number;
  log: QueryTime[];
}

interface QueryTime {
  name: string;
  records: number;
  wallMs: number;
  neo4jMs: number;
}

/** A GraphDb for `expand` whose read transactions time each query. */
function timingDb(db: GraphDb, log: QueryTime[]): GraphDb {
  const reading = async <T>(work: (read: Reader) => Promise<T>) => {
    const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        (tx) =>
          work({
            rows: async <R extends object = Row>(q: QueryRef, params: Row = {}) => {
              const t = performance.now();
              const result = await tx.run(queryText(q), { ...NO_PERIOD, ...params });
              const wallMs = performance.now() - t;
              const s = result.summary;
              log.push({ name: typeof q === 'string' ? q : q.name, records: result.records.length, wallMs, neo4jMs: Number(s.resultAvailableAfter) + Number(s.resultConsumedAfter) });
              return result.records.map((r) => r.toObject() as R);
            },
          }),
        { timeout: db.options.timeoutMs },
      );
    } finally {
      await session.close();
    }
  };
  return { reading } as unknown as GraphDb;
}

export async function expandPhasesBench(): Promise<string> {
  const g = await scaleGraph();
  try {
    const ids = await pickIds(g.db);
    const load = os.loadavg();
    const perActor = [];
    const totals: number[] = [];
    for (const actor of ids.actors) {
      const body = { ids: [`Actor:${actor.id}`], hops: 1, limit: 200 };
      const calls: Call[] = [];
      // The first call compiles the plans and warms the page cache: left out.
      for (let i = 0; i <= settings.HELIX_BENCH_ROUNDS; i++) {
        const log: QueryTime[] = [];
        const t = performance.now();
        const answer = await expand(timingDb(g.db, log), body);
        const serviceMs = performance.now() - t;
        const t2 = performance.now();
        const json = JSON.stringify(answer);
        const jsonMs = performance.now() - t2;
        if (i > 0) calls.push({ serviceMs, jsonMs, bytes: Buffer.byteLength(json), nodes: answer.nodes.length, edges: answer.edges.length, log });
      }
      const med = (f: (c: Call) => number) => round(median(calls.map(f)), 2);
      const byQuery: Record<string, { records: number; neo4jMs: number; decodeMs: number }> = {};
      for (const name of new Set(calls[0]!.log.map((q) => q.name))) {
        const of = (c: Call) => c.log.filter((q) => q.name === name);
        byQuery[name] = {
          records: of(calls[0]!).reduce((s, q) => s + q.records, 0),
          neo4jMs: med((c) => of(c).reduce((s, q) => s + q.neo4jMs, 0)),
          decodeMs: med((c) => of(c).reduce((s, q) => s + q.wallMs - q.neo4jMs, 0)),
        };
      }
      const serviceMs = med((c) => c.serviceMs);
      const queriesMs = med((c) => c.log.reduce((s, q) => s + q.wallMs, 0));
      const entry = {
        actor: actor.id,
        collaborations: actor.degree,
        nodes: calls[0]!.nodes,
        edges: calls[0]!.edges,
        answerKiB: round(calls[0]!.bytes / 1024),
        serviceMs,
        queries: byQuery,
        restOfServiceMs: round(serviceMs - queriesMs, 2),
        jsonMs: med((c) => c.jsonMs),
      };
      totals.push(...calls.map((c) => c.serviceMs + c.jsonMs));
      perActor.push(entry);
      console.log(`expand-phases: ${JSON.stringify(entry)}`);
    }
    return await writeResult('expand-phases', {
      machine: machine({ heap: g.config.HELIX_NEO4J_HEAP, pageCache: g.config.HELIX_NEO4J_PAGECACHE }),
      loadAverageBefore: load.map((x) => round(x, 2)),
      loadAverageAfter: os.loadavg().map((x) => round(x, 2)),
      graph: g.graph,
      request: '1 hop, limit 200, one sampled actor (as api-scale)',
      roundsPerActor: settings.HELIX_BENCH_ROUNDS,
      serviceAndJson: percentiles(totals),
      perActor,
    });
  } finally {
    await g.close();
  }
}
