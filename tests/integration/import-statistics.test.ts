import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShiftShareAnswer, SpecialisationAnswer } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { ImportValidationError, runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { formatImportProblem } from '../../server/importer/validate.ts';
import { loadSeeds } from '../../server/seeds/load.ts';
import { snapshot, testDb, wipe } from '../support/db.ts';
import { fetchJson, startTestServer } from '../support/http.ts';

// The statistics import (statistics.csv) over the seeds: rows become Observations linked to seeded
// regions and sectors where the NUTS id or sector id names one, to new NUTS regions and NACE sectors
// otherwise; a wrong row refuses the whole file; specialisation and shift-share read the figures.

const importDir = async (db: GraphDb, dir: string) => {
  const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
  return runImport(db, sources, { preProblems: problems });
};

describe('importing regional statistics', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    server = await startTestServer(db);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('refuses a file with bad rows, naming each row, and changes nothing', async () => {
    const before = await snapshot(db);
    const err = await importDir(db, 'tests/fixtures/statistics/bad').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    const problems = (err as ImportValidationError).report.problems.map(formatImportProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/statistics\.csv.*row 3.*region: BE999 is not a NUTS 2021 id/);
    expect(problems[1]).toMatch(/statistics\.csv.*row 4.*value: must be a number/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores each row as an Observation of its region and sector, citing its source', async () => {
    const { summary } = await importDir(db, 'tests/fixtures/statistics');
    expect(summary!.written.Observation).toEqual({ created: 10, updated: 0, unchanged: 0 });
    const [linked] = await db.read(`
      MATCH (o:Observation {metric: 'employees', year: 2015, value: 30})-[:IN_REGION]->(g:Region), (o)-[:OF_SECTOR]->(s:Sector), (o)-[:MENTIONED_IN]->(d:Document)
      RETURN g.id AS region, s.nace AS nace, s.name AS sector, d.title AS source`);
    // BE211 is the seeded arrondissement; C20 is a new sector with its NACE code.
    expect(linked).toEqual({ region: 'arrondissement-antwerpen', nace: 'C20', sector: 'NACE C20', source: 'Test fixture: invented employment figures' });
    const [seeded] = await db.read(`MATCH (o:Observation {metric: 'value_added', year: 2020})-[:IN_REGION]->(g), (o)-[:OF_SECTOR]->(s) RETURN g.id AS g, s.id AS s, o.value AS v`);
    expect(seeded).toEqual({ g: 'province-antwerp', s: 'sector-chemistry', v: 1500.5 });
    // NL412 was not in the graph: it comes, PART_OF the seeded Noord-Brabant (NL41) in the Netherlands.
    const [nl] = await db.read(`MATCH p = (r:Region {code: 'NL412'})-[:PART_OF*]->(:Region {id: 'netherlands'}) RETURN r.id AS id, r.nutsLevel AS level, [x IN nodes(p) | x.id] AS path`);
    expect(nl).toEqual({ id: 'nuts-nl412', level: 3, path: ['nuts-nl412', 'noord-brabant', 'netherlands'] });
    // Again: the same rows change nothing.
    const again = await importDir(db, 'tests/fixtures/statistics');
    expect(again.summary!.written.Observation).toEqual({ created: 0, updated: 0, unchanged: 10 });
  });

  it('gives location quotients and shift-share on the imported figures', async () => {
    // 2015: BE211 C20 30 of 40, BE 100 of 400: LQ (30/40)/(100/400) = 3; H52 (10/40)/(300/400) = 1/3.
    const lq = await fetchJson<SpecialisationAnswer>(`${server.url}/api/specialisation?region=BE211&measure=observations&metric=employees&period=2015`);
    expect(lq.status).toBe(200);
    const byId = Object.fromEntries(lq.body.categories.map((c) => [c.label, c.lq]));
    expect(byId['NACE C20']).toBe(3);
    expect(byId['NACE H52']).toBeCloseTo(1 / 3, 12);
    // 2015 → 2020, g = 0.25: C20 national share 7.5, mix 30·(0.1 − 0.25) = −4.5, shift 3.
    const ss = await fetchJson<ShiftShareAnswer>(`${server.url}/api/shift-share?region=Region:arrondissement-antwerpen&measure=observations&metric=employees&a=2015&b=2020`);
    const c20 = ss.body.categories.find((c) => c.label === 'NACE C20')!;
    expect(c20.nationalShare).toBeCloseTo(7.5, 12);
    expect(c20.categoryMix).toBeCloseTo(-4.5, 12);
    expect(c20.regionalShift).toBeCloseTo(3, 12);
  });
});
