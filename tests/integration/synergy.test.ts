import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synergySchema, type SynergyAnswer } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { runCordisImport } from '../../server/importer/cordis/service.ts';
import { CORDIS_OFFICIAL } from '../support/cordis.ts';
import { testDb, wipe } from '../support/db.ts';
import { fetchJson, startTestServer } from '../support/http.ts';

// GET /api/synergy on the official CORDIS sample (40 Belgian H2020 projects), checked against T(UIG)
// computed here, independently of server/analytics, straight from the publisher's CSV files:
// a project's record says whether academia (HES, REC), industry (PRC) or government (PUB) take part;
// OTH (intermediaries, civil society) counts as none of them.

const csv = async (file: string) => parse(await readFile(path.join(CORDIS_OFFICIAL, file)), { columns: true, delimiter: ';' }) as Record<string, string>[];
const HELIX: Record<string, 'U' | 'I' | 'G' | undefined> = { HES: 'U', REC: 'U', PRC: 'I', PUB: 'G' };

/** T in bits of records given as sets of U, I, G, by Leydesdorff's formula spelled out. */
function tOf(records: Set<string>[]): { t: number; n: number; cells: number[] } {
  const n = records.length;
  const h = (key: (r: Set<string>) => string) => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return [...counts.values()].reduce((s, c) => s - (c / n) * Math.log2(c / n), 0);
  };
  const on = (r: Set<string>, d: string) => (r.has(d) ? '1' : '0');
  const t = h((r) => on(r, 'U')) + h((r) => on(r, 'I')) + h((r) => on(r, 'G')) - h((r) => on(r, 'U') + on(r, 'I')) - h((r) => on(r, 'U') + on(r, 'G')) - h((r) => on(r, 'I') + on(r, 'G')) + h((r) => on(r, 'U') + on(r, 'I') + on(r, 'G'));
  const cells = new Array<number>(8).fill(0);
  for (const r of records) cells[Number.parseInt(on(r, 'U') + on(r, 'I') + on(r, 'G'), 2)]!++;
  return { t, n, cells };
}

describe('triple-helix synergy on the CORDIS sample', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let participations: Record<string, string>[];
  let years: Map<string, { from: number; to: number }>;
  const synergy = async (query: string) => {
    const answer = await fetchJson<SynergyAnswer>(`${server.url}/api/synergy${query}`);
    expect(answer.status, query).toBe(200);
    return synergySchema.parse(answer.body);
  };
  /** The projects' records, counting only participations that `keep` accepts; projects without one are no record. */
  const records = (keep: (p: Record<string, string>) => boolean, project: (id: string) => boolean = () => true) => {
    const byProject = new Map<string, Set<string>>();
    for (const p of participations) {
      if (!keep(p) || !project(p.projectID!)) continue;
      const set = byProject.get(p.projectID!) ?? new Set<string>();
      const helix = HELIX[p.activityType!];
      if (helix) set.add(helix);
      byProject.set(p.projectID!, set);
    }
    return [...byProject.values()];
  };

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await runCordisImport(db, [CORDIS_OFFICIAL]);
    server = await startTestServer(db);
    participations = await csv('organization.csv');
    years = new Map((await csv('project.csv')).map((p) => [p.id!, { from: Number(p.startDate!.slice(0, 4)), to: Number(p.endDate!.slice(0, 4)) }]));
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('T of all the data equals T counted from the CSV files, with its eight cells and 40 records', async () => {
    const expected = tOf(records(() => true));
    expect(expected.n).toBe(40);
    const answer = await synergy('');
    expect(answer).toMatchObject({ unit: 'project', form: 'presence', dims: ['academia', 'industry', 'government'], n: 40, notCounted: ['intermediary', 'civil_society'] });
    expect(answer.t).toBeCloseTo(expected.t, 10);
    expect(answer.tMillibits).toBeCloseTo(expected.t * 1000, 7);
    expect(answer.cells.map((c) => c.n)).toEqual(expected.cells);
    expect(answer.cells.map((c) => c.values.join(''))).toEqual(['000', '001', '010', '011', '100', '101', '110', '111']);
    // Mutual information of a pair is never negative, and T is not their sum.
    for (const v of Object.values(answer.mutual)) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('in a period, only the projects running then count', async () => {
    const running = (id: string) => years.get(id)!.from <= 2020 && years.get(id)!.to >= 2019;
    const expected = tOf(records(() => true, running));
    expect(expected.n).toBeGreaterThan(5);
    expect(expected.n).toBeLessThan(40);
    const answer = await synergy('?period=2019-2020');
    expect(answer.n).toBe(expected.n);
    expect(answer.t).toBeCloseTo(expected.t, 10);
    expect(answer.scope.period).toEqual({ from: 2019, to: 2020, undated: 'show' });
  });

  it('a region counts its own participants in each project, and each sub-region contributes (n_g / N)·T_g', async () => {
    const belgian = (p: Record<string, string>) => p.country === 'BE';
    const expected = tOf(records(belgian));
    const answer = await synergy('?scope=region&id=Region:country-be');
    expect(answer.n).toBe(expected.n);
    expect(answer.t).toBeCloseTo(expected.t, 10);
    expect(answer.cells.map((c) => c.n)).toEqual(expected.cells);
    const sub = answer.subregions!;
    expect(sub).not.toBeNull();
    for (const code of ['BE1', 'BE2']) {
      const own = tOf(records((p) => p.nutsCode!.startsWith(code)));
      const region = sub.regions.find((r) => r.id === `nuts-${code.toLowerCase()}`);
      expect(region, code).toBeDefined();
      expect(region!.n).toBe(own.n);
      expect(region!.t).toBeCloseTo(own.t, 10);
      expect(region!.deltaT).toBeCloseTo((own.n / expected.n) * own.t, 10);
    }
    expect(sub.sumOfContributions + sub.between).toBeCloseTo(answer.t, 10);
  });

  it('the general form takes three actor attributes, one record per actor', async () => {
    const answer = await synergy('?unit=actor&dims=country,kind,helix');
    const organisations = new Map(participations.map((p) => [p.organisationID!, p]));
    expect(answer).toMatchObject({ unit: 'actor', form: 'attributes', dims: ['country', 'kind', 'helix'], notCounted: [] });
    expect(answer.n + answer.excluded).toBe(organisations.size);
    // kind and helix follow from the activity type, so they share all of the helix's information.
    expect(answer.mutual.bc).toBeCloseTo(answer.entropies.c, 10);
  });

  it('refuses bad parameters with a 4xx naming the field', async () => {
    for (const [query, field, status] of [
      ['?dims=academia,industry', 'dims', 400],
      ['?dims=academia,industry,banks', 'dims', 400],
      ['?unit=actor&dims=region,sector,academia', 'dims', 400],
      ['?unit=firms', 'unit', 400],
      ['?scope=region', 'id', 400],
      ['?scope=region&id=Sector:chemistry', 'id', 400],
      ['?scope=region&id=Region:atlantis', 'id', 404],
      ['?period=2020-2010', 'period', 400],
      ['?colour=red', 'colour', 400],
    ] as const) {
      const answer = await fetchJson<{ detail?: string; title?: string }>(`${server.url}/api/synergy${query}`);
      expect(answer.status, query).toBe(status);
      expect(JSON.stringify(answer.body), query).toContain(field);
    }
  });
});

describe('triple-helix synergy on data without projects', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    // Four actors and four ties, no project: academia–industry, industry–government, academia–government, academia–intermediary.
    await db.writeCypher(
      `CREATE (u:Actor {id: 'u', name: 'U', helix: 'academia'}), (i:Actor {id: 'i', name: 'I', helix: 'industry'}),
              (g:Actor {id: 'g', name: 'G', helix: 'government'}), (m:Actor {id: 'm', name: 'M', helix: 'intermediary'})
       CREATE (u)-[:COLLABORATES_WITH {weight: 1}]->(i), (i)-[:COLLABORATES_WITH {weight: 2}]->(g),
              (u)-[:COLLABORATES_WITH {weight: 1}]->(g), (u)-[:COLLABORATES_WITH {weight: 1}]->(m)`,
    );
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('counts the collaboration ties, each with the helices of its two actors; the intermediary adds none', async () => {
    const answer = await fetchJson<SynergyAnswer>(`${server.url}/api/synergy`);
    expect(answer.status).toBe(200);
    const expected = tOf([new Set(['U', 'I']), new Set(['I', 'G']), new Set(['U', 'G']), new Set(['U'])]);
    expect(answer.body).toMatchObject({ unit: 'tie', n: 4 });
    expect(answer.body.t).toBeCloseTo(expected.t, 10);
    expect(answer.body.cells.map((c) => c.n)).toEqual(expected.cells);
  });
});
