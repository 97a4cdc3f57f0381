// The plans behind period-latency: PROFILEs a named query without a period and with one on a kept
// bench database, and prints time, database hits, memory and the costliest operators of each.
// `node --import tsx bench/period-plans.ts <bolt port> <query> [params as JSON]`, e.g. on the
// synthetic graph kept by `HELIX_BENCH_KEEP_DB=1 npm run bench -- period-latency` (Bolt 17853 by
// default, HELIX_BENCH_BOLT_PORT) or its CORDIS import (17732). A parameter `{"scopeOf": "Sector:x"}`
// stands for the element ids of that scope's actors (`ids`), as scopeGraph passes them.
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { periodFilled, scopedQuery } from '../server/db/queries.ts';

const [port, name = 'overview', json = '{}'] = process.argv.slice(2);
const given = JSON.parse(json) as Record<string, unknown>;
const PERIOD = { periodFrom: neo4j.int(2014), periodTo: neo4j.int(2016), hideUndated: false };
const NONE = { periodFrom: null, periodTo: null, hideUndated: false };

interface Op {
  operator: string;
  dbHits: number;
  rows: number;
  details: string;
}

function flatten(plan: ProfiledPlan, out: Op[] = []): Op[] {
  out.push({ operator: plan.operatorType, dbHits: plan.dbHits, rows: plan.rows, details: String(plan.arguments?.Details ?? '').slice(0, 140) });
  for (const child of plan.children) flatten(child, out);
  return out;
}

async function params(driver: Driver): Promise<Record<string, unknown>> {
  const p: Record<string, unknown> = { limit: neo4j.int(Number(given.limit ?? 2001)), maxLinks: neo4j.int(20_000), ...given };
  if (typeof given.scopeOf === 'string') {
    const [kind, id] = given.scopeOf.split(':') as [string, string];
    const scope = kind.toLowerCase() as 'sector' | 'region';
    const { records } = await driver.executeQuery(`MATCH (s:${kind} {id: $id}) RETURN elementId(s) AS eid`, { id }, { routing: 'READ' });
    const eid = records[0]!.get('eid') as string;
    const ids = await driver.executeQuery(scopedQuery('scope-actors', scope), { ...NONE, eid, rankLarge: true, limit: neo4j.int(Number(given.scopeLimit ?? 5000)) }, { routing: 'READ' });
    p.ids = ids.records[0]!.get('ids');
    p.eid = eid;
    delete p.scopeOf;
    delete p.scopeLimit;
  }
  return p;
}

const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'helix-bench-password'), { disableLosslessIntegers: true });
try {
  const p = await params(driver);
  // A file instead of a name: a variant of a query, tried before it replaces the named one.
  const text = name.endsWith('.cypher') ? periodFilled(readFileSync(name, 'utf8')) : scopedQuery(name, typeof given.scope === 'string' ? (given.scope as 'sector') : undefined);
  for (const [label, period] of [['no period', NONE], ['2014-2016', PERIOD]] as const) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const t = performance.now();
      const result = await session.run(`${process.env.PLAIN ? '' : 'PROFILE '}${text}`, { ...p, ...period }).catch((err: Error) => err);
      const ms = Math.round(performance.now() - t);
      if (result instanceof Error || !result.summary.profile) {
        console.log(`\n== ${name}, ${label}: ${ms} ms, ${result instanceof Error ? result.message.split('\n')[0] : `${result.records.length} rows`}`);
        continue;
      }
      const profile = result.summary.profile;
      const ops = flatten(profile);
      const hits = ops.reduce((s, o) => s + o.dbHits, 0);
      console.log(`\n== ${name}, ${label}: ${ms} ms, ${hits} db hits, ${result.records.length} rows, memory ${String(profile.arguments?.GlobalMemory ?? '?')} bytes`);
      for (const o of [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 8)) console.log(`  ${o.operator.padEnd(28)} hits ${String(o.dbHits).padStart(10)} rows ${String(o.rows).padStart(9)}  ${o.details}`);
    } finally {
      await session.close();
    }
  }
} finally {
  await driver.close();
}
