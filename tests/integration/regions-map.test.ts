import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { cordisImport } from '../../server/importer/cordis/connector.ts';
import { runImport } from '../../server/importer/run.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { writeCordisSample } from '../support/cordis.ts';
import { testDb, wipe } from '../support/db.ts';
import { fetchJson, startTestServer, type Problem } from '../support/http.ts';
import type { RegionsFlows, RegionsMap } from '../../contract/index.ts';

// The seeds and a CORDIS sample imported after them: the import and the seeds share Region nodes
// by NUTS id, and the map's figures and flows agree with counts written here in plain Cypher
// over the region hierarchy (the region scope: a region and the regions inside it).

describe('the map on the seeds and the CORDIS sample', () => {
  let db: GraphDb;
  let dir: string;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-nuts-'));
    await writeCordisSample(dir, 40);
    const cordis = await cordisImport(db, dir, 10_000);
    await runImport(db, cordis.sources);
    server = await startTestServer(db);
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('an organisation in BE211 is located in the seeded Antwerp arrondissement', async () => {
    const rows = await db.read<{ region: string }>(`MATCH (:Actor {id: 'cordis-999902870'})-[:LOCATED_IN]->(r:Region) RETURN r.id AS region`);
    expect(rows).toEqual([{ region: 'arrondissement-antwerpen' }]);
  });

  it('no NUTS id is held by two Region nodes', async () => {
    const twice = await db.read(`MATCH (r:Region) WHERE r.code IS NOT NULL WITH r.code AS code, collect(r.id) AS ids WHERE size(ids) > 1 RETURN code, ids`);
    expect(twice).toEqual([]);
    const [{ n }] = (await db.read<{ n: number }>(`MATCH (r:Region {code: 'BE211'}) RETURN count(r) AS n`)) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('a region the import adds hangs below the seeded ones (BE2 Flanders, BE Belgium)', async () => {
    const rows = await db.read<{ up: string[] }>(
      `MATCH (r:Region) WHERE r.id STARTS WITH 'nuts-be2'
       MATCH p = (r)-[:PART_OF*]->(:Region {id: 'belgium'})
       RETURN [x IN nodes(p) | x.id] AS up LIMIT 1`,
    );
    expect(rows[0]?.up).toContain('flanders');
  });

  /** Actors under the region with this NUTS code (in it or in a region inside it), and their participations in projects running in `years`. */
  async function counted(code: string, years?: [number, number]) {
    const [row] = await db.read<{ actors: number; participations: number; contribution: number }>(
      `MATCH (g:Region {code: $code})
       MATCH (sub:Region)-[:PART_OF*0..]->(g)
       MATCH (a:Actor)-[:LOCATED_IN]->(sub)
       WITH DISTINCT a
       OPTIONAL MATCH (a)-[p:PARTICIPATES_IN]->(x:Project)
       WHERE $from IS NULL OR (toInteger(left(toString(x.start), 4)) <= $to AND toInteger(left(toString(coalesce(x.end, x.start)), 4)) >= $from)
       RETURN count(DISTINCT a) AS actors, count(p) AS participations, sum(coalesce(toFloat(p.ecContribution), 0.0)) AS contribution`,
      { code, from: years?.[0] ?? null, to: years?.[1] ?? null },
    );
    return row!;
  }

  it('counts the actors, participations and EU contribution of Antwerp (BE211, BE21) as the region hierarchy does', async () => {
    for (const [level, code] of [[3, 'BE211'], [2, 'BE21']] as const) {
      const { status, body } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=${level}&measure=participations`);
      expect(status).toBe(200);
      const region = body.regions.find((r) => r.id === code)!;
      const expected = await counted(code);
      expect(region.actors, code).toBe(expected.actors);
      expect(region.participations, code).toBe(expected.participations);
      expect(region.value).toBe(expected.participations);
      expect(region.contribution).toBeCloseTo(expected.contribution, 1);
      expect(region.node).toBe(level === 3 ? 'Region:arrondissement-antwerpen' : 'Region:province-antwerp');
      expect(body.definition).toMatch(/participations/);
      // Every id is a NUTS id of the level asked for.
      expect(body.regions.every((r) => r.id.length === 2 + level)).toBe(true);
    }
  });

  it('helix shares and helices present follow the actors per helix', async () => {
    const { body } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=3&measure=share_academia`);
    const be211 = body.regions.find((r) => r.id === 'BE211')!;
    const [{ academia, helices }] = (await db.read<{ academia: number; helices: number }>(
      `MATCH (sub:Region)-[:PART_OF*0..]->(:Region {code: 'BE211'}) MATCH (a:Actor)-[:LOCATED_IN]->(sub) WITH DISTINCT a
       RETURN count(CASE WHEN a.helix = 'academia' THEN 1 END) AS academia, count(DISTINCT a.helix) AS helices`,
    )) as [{ academia: number; helices: number }];
    expect(be211.byHelix.academia).toBe(academia);
    expect(be211.value).toBeCloseTo(academia / be211.actors, 6);
    expect(be211.helices).toBe(helices);
  });

  it('a period keeps the participations of projects running in it', async () => {
    const { body: all } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=0`);
    const { body } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=0&period=2014&undated=hide`);
    const region = body.regions.find((r) => r.id === 'BE')!;
    const expected = await counted('BE', [2014, 2014]);
    expect(region.participations).toBe(expected.participations);
    expect(region.participations).toBeGreaterThan(0);
    expect(region.participations).toBeLessThan(all.regions.find((r) => r.id === 'BE')!.participations);
    expect(body.period).toEqual({ from: 2014, to: 2014, undated: 'hide' });
  });

  it('flows between Antwerp and its partner regions count the collaborating pairs across them', async () => {
    const { status, body } = await fetchJson<RegionsFlows>(`${server.url}/api/regions/flows?level=3&limit=500`);
    expect(status).toBe(200);
    const withAntwerp = body.flows.filter((f) => f.a === 'BE211' || f.b === 'BE211');
    expect(withAntwerp.length).toBeGreaterThan(2);
    for (const flow of withAntwerp.slice(0, 3)) {
      const other = flow.a === 'BE211' ? flow.b : flow.a;
      const [{ pairs }] = (await db.read<{ pairs: number }>(
        `MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: 'BE211'})
         MATCH (b:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: $other})
         MATCH (a)-[c:COLLABORATES_WITH]-(b)
         RETURN count(DISTINCT c) AS pairs`,
        { other },
      )) as [{ pairs: number }];
      expect(flow.pairs, other).toBe(pairs);
      expect(flow.weight).toBe(flow.pairs);
    }
    // Asked for Antwerp's partners, the same pairs, Antwerp's only.
    const { body: own } = await fetchJson<RegionsFlows>(`${server.url}/api/regions/flows?level=3&region=BE211&limit=500`);
    expect(own.flows).toEqual(withAntwerp);
    // Heaviest first, and a threshold leaves out the lighter pairs.
    expect(body.flows.map((f) => f.weight)).toEqual([...body.flows.map((f) => f.weight)].sort((x, y) => y - x));
    const min = body.flows[0]!.weight;
    const { body: top } = await fetchJson<RegionsFlows>(`${server.url}/api/regions/flows?level=3&min=${min}`);
    expect(top.flows.every((f) => f.weight >= min)).toBe(true);
    expect(top.total).toBe(body.flows.filter((f) => f.weight >= min).length);
  });

  /** The sector's actors as the sector scope holds them: active in it or a sub-sector, or in a project targeting one. */
  const SECTOR_ACTORS = `MATCH (sub:Sector)-[:PART_OF*0..]->(:Sector {id: $sector})
     CALL (sub) {
       MATCH (a:Actor)-[:ACTIVE_IN]->(sub) RETURN a
       UNION
       MATCH (a:Actor)-[:PARTICIPATES_IN|FOUNDED]->(:Project)-[:TARGETS]->(sub) RETURN a
     }
     WITH DISTINCT a`;

  it('a helix filter keeps only that helix’s actors, on the map and in the flows', async () => {
    const { body } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=2&measure=actors&helix=academia,industry`);
    const be21 = body.regions.find((r) => r.id === 'BE21')!;
    const [expected] = await db.read<{ actors: number; participations: number }>(
      `MATCH (sub:Region)-[:PART_OF*0..]->(:Region {code: 'BE21'}) MATCH (a:Actor)-[:LOCATED_IN]->(sub)
       WHERE a.helix IN ['academia', 'industry'] WITH DISTINCT a
       OPTIONAL MATCH (a)-[p:PARTICIPATES_IN]->(:Project)
       RETURN count(DISTINCT a) AS actors, count(p) AS participations`,
    );
    expect(be21.actors).toBe(expected!.actors);
    expect(be21.participations).toBe(expected!.participations);
    expect(Object.keys(be21.byHelix).sort()).toEqual(['academia', 'industry'].filter((h) => be21.byHelix[h]));
    const { body: all } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=2&measure=actors`);
    expect(be21.actors).toBeLessThan(all.regions.find((r) => r.id === 'BE21')!.actors);

    const { body: flows } = await fetchJson<RegionsFlows>(`${server.url}/api/regions/flows?level=2&region=BE21&helix=academia&limit=500`);
    expect(flows.flows.length).toBeGreaterThan(0);
    for (const flow of flows.flows.slice(0, 3)) {
      const other = flow.a === 'BE21' ? flow.b : flow.a;
      const [{ pairs }] = (await db.read<{ pairs: number }>(
        `MATCH (a:Actor {helix: 'academia'})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: 'BE21'})
         MATCH (b:Actor {helix: 'academia'})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: $other})
         MATCH (a)-[c:COLLABORATES_WITH]-(b)
         RETURN count(DISTINCT c) AS pairs`,
        { other },
      )) as [{ pairs: number }];
      expect(flow.pairs, other).toBe(pairs);
    }
  });

  it('a sector filter keeps only the sector’s actors (its sub-sectors and projects included), on the map and in the flows', async () => {
    // A sector of its own (the seeded sectors' actors have no ties across NUTS 3 regions): six
    // organisations of the Antwerp arrondissement and partners of theirs elsewhere, with a sub-sector.
    await db.writeCypher(
      `CREATE (s:Sector {id: 'sector-map-test', name: 'Map test sector'})<-[:PART_OF]-(sub:Sector {id: 'sector-map-test-sub', name: 'Map test sub-sector'})
       WITH s, sub
       MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: 'BE211'})
       MATCH (a)-[:COLLABORATES_WITH]-(b:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(g:Region {nutsLevel: 3}) WHERE g.code <> 'BE211'
       WITH s, sub, a, b ORDER BY a.id, b.id LIMIT 6
       MERGE (a)-[:ACTIVE_IN]->(s)
       MERGE (b)-[:ACTIVE_IN]->(sub)`,
    );
    const sector = 'sector-map-test';
    const { status, body } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=3&measure=actors&sector=${encodeURIComponent(`Sector:${sector}`)}`);
    expect(status).toBe(200);
    const counts = await db.read<{ code: string; actors: number }>(
      `${SECTOR_ACTORS}
       MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(g:Region {nutsLevel: 3})
       RETURN g.code AS code, count(DISTINCT a) AS actors ORDER BY code`,
      { sector },
    );
    expect(counts.length).toBeGreaterThan(0);
    expect(body.regions.map((r) => ({ code: r.id, actors: r.actors }))).toEqual(counts);
    const { body: all } = await fetchJson<RegionsMap>(`${server.url}/api/regions/map?level=3&measure=actors`);
    expect(body.regions.reduce((n, r) => n + r.actors, 0)).toBeLessThan(all.regions.reduce((n, r) => n + r.actors, 0));

    const { body: flows } = await fetchJson<RegionsFlows>(`${server.url}/api/regions/flows?level=3&limit=500&sector=${encodeURIComponent(`Sector:${sector}`)}`);
    const expected = await db.read<{ a: string; b: string; pairs: number }>(
      `${SECTOR_ACTORS}
       WITH collect(a) AS inSector
       MATCH (x:Actor)-[c:COLLABORATES_WITH]->(y:Actor) WHERE x IN inSector AND y IN inSector
       MATCH (x)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(gx:Region {nutsLevel: 3})
       MATCH (y)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(gy:Region {nutsLevel: 3})
       WITH DISTINCT c, gx.code AS p, gy.code AS q WHERE p <> q
       WITH CASE WHEN p < q THEN p ELSE q END AS a, CASE WHEN p < q THEN q ELSE p END AS b, count(c) AS pairs
       RETURN a, b, pairs ORDER BY pairs DESC, a, b`,
      { sector },
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(flows.flows.map((f) => ({ a: f.a, b: f.b, pairs: f.pairs }))).toEqual(expected);
    expect(flows.total).toBe(expected.length);
  });

  it('refuses a level outside 0–3 and an unknown measure, naming the field', async () => {
    const level = await fetchJson<Problem>(`${server.url}/api/regions/map?level=4`);
    expect(level.status).toBe(400);
    expect(level.body.errors.map((e) => e.field)).toContain('level');
    const measure = await fetchJson<Problem>(`${server.url}/api/regions/map?measure=gdp`);
    expect(measure.status).toBe(400);
    expect(measure.body.errors.map((e) => e.field)).toContain('measure');
    const min = await fetchJson<Problem>(`${server.url}/api/regions/flows?min=0`);
    expect(min.body.errors.map((e) => e.field)).toContain('min');
  });
});
