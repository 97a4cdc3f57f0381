// What triple-helix synergy costs on real data: `NEO4J_URI=… NEO4J_PASSWORD=… npm run bench -- synergy-latency`.
// Against a Neo4j already holding the Belgian CORDIS import (read only: this bench writes nothing),
// GET /api/synergy's service function, called as its route calls it (no HTTP), HELIX_BENCH_CALLS
// (10) times per case after one warm-up: all data, all data in 2014-2016, the NUTS 3 region BE211
// (Arr. Antwerpen), the NUTS 2 region BE21 (Prov. Antwerpen, with the ΔT of its three arrondissements)
// and the general form over actors (region × kind × helix). Records the figures too (T in millibits,
// records n), and the time T takes once the table is counted (the pure function, on the event loop).
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { presenceSynergy, synergyOf, type SynergyCell } from '../server/analytics/synergy.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { synergy, type SynergyInput } from '../server/explore/synergy.ts';
import { percentiles, round } from './latency.ts';
import { machine, writeResult } from './machine.ts';

const settings = z.object({ HELIX_BENCH_CALLS: z.coerce.number().int().min(1).max(1000).default(10) }).parse(process.env);

const CASES: Record<string, SynergyInput> = {
  'all data': { scope: 'all', unit: 'auto' },
  'all data, 2014-2016': { scope: 'all', unit: 'auto', period: { from: 2014, to: 2016 } },
  'region BE211 (Arr. Antwerpen)': { scope: 'region', id: 'Region:nuts-be211', unit: 'auto' },
  'region BE21 (Prov. Antwerpen), with sub-regions': { scope: 'region', id: 'Region:nuts-be21', unit: 'auto' },
  'actors: region × kind × helix': { scope: 'all', unit: 'actor', dims: 'region,kind,helix' },
};

export async function synergyLatencyBench(): Promise<string> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  if (!config.NEO4J_URI) throw new Error('set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a Neo4j holding the CORDIS import');
  const db = new GraphDb(createDriver(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD ?? ''), { database: config.NEO4J_DATABASE, timeoutMs: 120_000 });
  const results: Record<string, unknown> = {};
  try {
    for (const [name, input] of Object.entries(CASES)) {
      const answer = await synergy(db, input);
      const times: number[] = [];
      for (let i = 0; i < settings.HELIX_BENCH_CALLS; i++) {
        const t0 = performance.now();
        await synergy(db, input);
        times.push(performance.now() - t0);
      }
      const figures = {
        unit: answer.unit,
        dims: answer.dims,
        actors: answer.scope.actors,
        n: round(answer.n, 3),
        tMillibits: round(answer.tMillibits, 3),
        mutualMillibits: Object.fromEntries(Object.entries(answer.mutual).map(([k, v]) => [k, round(v * 1000, 3)])),
        cells: answer.form === 'presence' ? Object.fromEntries(answer.cells.map((c) => [c.values.join(''), c.n])) : undefined,
        cellCount: answer.cellCount,
        subregions: answer.subregions && {
          regions: answer.subregions.regions.map((r) => ({ id: r.id, n: r.n, tMillibits: round(r.t * 1000, 3), deltaTMillibits: round(r.deltaT * 1000, 3) })),
          betweenMillibits: round(answer.subregions.between * 1000, 3),
        },
      };
      results[name] = { ...percentiles(times), calls: times.length, ...figures };
      console.log(`synergy-latency: ${name}: p50 ${percentiles(times).p50Ms} ms, n ${figures.n}, T ${figures.tMillibits} mbit`);
    }
    const compute = (cells: SynergyCell[], presence: boolean) => {
      const runs = 2000;
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) {
        if (presence) presenceSynergy(cells.map((c) => ({ present: c.values.map((v) => v === '1') as [boolean, boolean, boolean], n: c.n })));
        else synergyOf(cells);
      }
      return round(((performance.now() - t0) / runs) * 1000, 2);
    };
    const eight = (await synergy(db, CASES['all data']!)).cells;
    const actorCells = (await synergy(db, CASES['actors: region × kind × helix']!)).cells;
    const computeMicroseconds = { eightCells: compute(eight, true), [`${actorCells.length} cells`]: compute(actorCells, false) };
    console.log(`synergy-latency: computing T from the counted table: ${JSON.stringify(computeMicroseconds)} µs`);
    return await writeResult('synergy-latency', {
      machine: machine(),
      graph: 'Belgian CORDIS H2020 extract, official layout (4,426 projects)',
      calls: settings.HELIX_BENCH_CALLS,
      cases: results,
      computeMicroseconds,
    });
  } finally {
    await db.close();
  }
}
