// The small multiples of a scope (GET /api/triple-helix/years), before and after they were counted
// by one grouped query: `NEO4J_URI=… NEO4J_PASSWORD=… npm run bench -- helix-years`, on a Neo4j
// holding the Belgian CORDIS import (read only). Before: the scope's graph read once a year
// (scope-actors and scope-links with that year as the period, as /api/triple-helix reads it) and
// its helix figures computed from it; after: helixYears, one query for all years
// (cypher/queries/scope-years.cypher). Alternated call by call so that the machine's load hits both
// alike; the two must agree on every year's actors, ties and cross-helix ties.
// Scopes: HELIX_BENCH_SCOPES (region ids, comma-separated; default the arrondissement of Antwerp
// BE211, the Brussels region BE10 and Belgium), over the years the data is active in.
import os from 'node:os';
import { z } from 'zod';
import type { Scope } from '../contract/index.ts';
import { buildGraph, helixStatistics } from '../server/analytics/index.ts';
import { loadConfig } from '../server/config.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { activityYears } from '../server/explore/activity.ts';
import { toAnalyticsElements } from '../server/explore/analytics-input.ts';
import { helixYears } from '../server/explore/helix-years.ts';
import { scopeGraph } from '../server/explore/scope.ts';
import { percentiles, round, timePaired } from './latency.ts';
import { machine, median, writeResult } from './machine.ts';

const settings = z
  .object({
    HELIX_BENCH_CALLS: z.coerce.number().int().min(3).max(1000).default(10),
    HELIX_BENCH_SCOPES: z.string().default('Region:nuts-be211,Region:nuts-be10,Region:country-be'),
  })
  .parse(process.env);

/** Time for one scope's calls, both ways; at least 3 calls each. */
const CASE_BUDGET_MS = 120_000;

type Figures = [year: number, actors: number, ties: number, crossTies: number][];

/** The way before: the scope read once a year, its figures computed from each year's graph. */
async function perYear(db: GraphDb, scope: Scope, id: string, from: number, to: number, limit: number): Promise<Figures> {
  const out: Figures = [];
  for (let year = from; year <= to; year++) {
    const graph = await scopeGraph(db, scope, id, limit, { period: { from: year, to: year } });
    const { totals } = helixStatistics(buildGraph(toAnalyticsElements(graph)));
    out.push([year, graph.nodes.length, totals.ties, totals.crossTies]);
  }
  return out;
}

async function grouped(db: GraphDb, scope: Scope, id: string, from: number, to: number): Promise<Figures> {
  const { years } = await helixYears(db, scope, id, { period: { from, to } });
  return years.map((y) => [y.year, y.actors, y.ties, y.crossTies]);
}

export async function helixYearsBench(): Promise<string> {
  const config = loadConfig();
  if (!config.NEO4J_URI || !config.NEO4J_PASSWORD) throw new Error('helix-years: set NEO4J_URI and NEO4J_PASSWORD to a Neo4j holding the CORDIS import');
  const db = new GraphDb(createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD), { database: config.NEO4J_DATABASE, timeoutMs: 120_000 });
  try {
    const { years } = await activityYears(db);
    const from = years[0]!.year;
    const to = years[years.length - 1]!.year;
    const limit = config.HELIX_RESULT_LIMIT;
    const scopes: Record<string, unknown> = {};
    for (const id of settings.HELIX_BENCH_SCOPES.split(',')) {
      const scope: Scope = 'region';
      // Warm-up: plans compiled and pages cached for both; and the check that they agree.
      const before = await perYear(db, scope, id, from, to, limit);
      const after = await grouped(db, scope, id, from, to);
      const agree = JSON.stringify(before) === JSON.stringify(after);
      const [row] = await db.read<{ name: string }>('MATCH (r:Region {id: $key}) RETURN r.name AS name', { key: id.split(':')[1] });
      const { a, b } = await timePaired(() => perYear(db, scope, id, from, to, limit), () => grouped(db, scope, id, from, to), { calls: settings.HELIX_BENCH_CALLS, budgetMs: CASE_BUDGET_MS, minCalls: 3 });
      const speedup = round(median(a) / median(b), 1);
      scopes[id] = {
        name: row?.name,
        actors: Math.max(...after.map((y) => y[1])),
        perYear: percentiles(a),
        grouped: percentiles(b),
        speedup,
        agree,
        ...(agree ? {} : { before, after }),
        figures: after,
      };
      console.log(`helix-years: ${id}: per year p50 ${percentiles(a).p50Ms} ms, grouped ${percentiles(b).p50Ms} ms (×${speedup}), ${agree ? 'same figures' : 'FIGURES DIFFER'}`);
    }
    return await writeResult('helix-years', {
      machine: machine({ neo4j: 'the shared CORDIS Neo4j', loadAverage: os.loadavg().map((l) => round(l, 1)) }),
      years: { from, to },
      scopes,
    });
  } finally {
    await db.close();
  }
}
