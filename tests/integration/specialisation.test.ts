import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcosystemReport, RegionsMap, ShiftShareAnswer, SpecialisationAnswer } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { testDb, wipe } from '../support/db.ts';
import { fetchJson, startTestServer, type Problem } from '../support/http.ts';

// Location quotients and shift-share over tests/fixtures/specialisation/graph.cypher, whose
// header lists every participation, sector and observation: each expected value below is
// counted from it by hand.

describe('specialisation and shift-share on a hand-countable graph', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const lqs = (s: SpecialisationAnswer) => Object.fromEntries(s.categories.map((c) => [c.id, c.lq]));
  const get = <T>(q: string) => fetchJson<T>(`${server.url}/api/${q}`);

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    await db.writeCypher(await readFile(new URL('../fixtures/specialisation/graph.cypher', import.meta.url), 'utf8'));
    // A first query is planned cold; on a busy test machine that alone can pass the default 10 s.
    server = await startTestServer(db, { HELIX_QUERY_TIMEOUT_MS: '60000' });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('gives participations by programme part of BE211 against Belgium', async () => {
    // 2015–2016, BE211: a1 ERC + LEIT, a2 LEIT = ERC 1, LEIT 2 of 3. BE: ERC 3 (a1 a3 a4), LEIT 2 of 5.
    // LQ ERC = (1/3)/(3/5) = 5/9; LEIT = (2/3)/(2/5) = 5/3.
    const { status, body } = await get<SpecialisationAnswer>('specialisation?region=BE211&period=2015-2016');
    expect(status).toBe(200);
    expect(body).toMatchObject({ measure: 'participations', by: 'part', total: 3, referenceTotal: 5, reference: { kind: 'country' } });
    expect(body.reference.regions.map((r) => [r.nuts, r.node])).toEqual([['BE', 'Region:country-be']]);
    expect(body.region).toMatchObject({ nuts: 'BE211', node: 'Region:nuts-be211' });
    expect(body.categories.map((c) => c.label)).toEqual(['H2020 LEIT', 'H2020 ERC']);
    expect(lqs(body)['Policy:h2020-erc']).toBeCloseTo(5 / 9, 12);
    expect(lqs(body)['Policy:h2020-leit']).toBeCloseTo(5 / 3, 12);
  });

  it('takes the whole data, benchmark regions, a region without NUTS id, contribution and topics', async () => {
    // Whole data 2015–2016: ERC 3, LEIT 3 (a5 too) of 6: LEIT (2/3)/(3/6) = 4/3.
    const all = await get<SpecialisationAnswer>('specialisation?region=BE211&reference=all&period=2015-2016');
    expect(lqs(all.body)['Policy:h2020-leit']).toBeCloseTo(4 / 3, 12);
    // Benchmark BE100 + NL41: ERC 2 (a3 a4), LEIT 1 (a5) of 3: ERC (1/3)/(2/3) = 1/2, LEIT 2.
    const bench = await get<SpecialisationAnswer>('specialisation?region=BE211&reference=regions&regions=BE100,Region:nuts-nl41&period=2015-2016');
    expect(bench.body.referenceTotal).toBe(3);
    expect(lqs(bench.body)).toEqual({ 'Policy:h2020-leit': 2, 'Policy:h2020-erc': 0.5 });
    expect(bench.body.reference.regions.map((r) => r.nuts)).toEqual(['BE100', 'NL41']);
    // The harbour (no NUTS id): a1 only, all years: ERC 1, LEIT 1, SC5 1 of 3. Belgium: ERC 3,
    // LEIT 4 (a1 a2 a2 a3 a4 → j2 twice, j4 three times: 5), SC5 2 of 10 → LEIT (1/3)/(5/10) = 2/3.
    const harbour = await get<SpecialisationAnswer>('specialisation?region=Region:harbour');
    expect(harbour.body.total).toBe(3);
    expect(harbour.body.referenceTotal).toBe(10);
    expect(lqs(harbour.body)['Policy:h2020-leit']).toBeCloseTo(2 / 3, 12);
    // EU contribution 2015–2016: BE211 ERC 100, LEIT 100 of 200; BE ERC 300, LEIT 100 of 400:
    // ERC (1/2)/(3/4) = 2/3, LEIT (1/2)/(1/4) = 2.
    const euro = await get<SpecialisationAnswer>('specialisation?region=BE211&measure=contribution&period=2015-2016');
    expect(lqs(euro.body)).toEqual({ 'Policy:h2020-leit': 2, 'Policy:h2020-erc': expect.closeTo(2 / 3, 12) });
    // Topics: BE211 T1 1, T2 2; BE T1 3, T2 2: the same quotients as by part.
    const topics = await get<SpecialisationAnswer>('specialisation?region=BE211&by=topic');
    expect(lqs(topics.body).T1).toBeCloseTo(5 / 9, 12);
  });

  it('counts actors by sector and observations by sector', async () => {
    // Actors: BE211 chem 2 of 2; BE chem 3, log 1 of 4: chem (2/2)/(3/4) = 4/3, log 0.
    const actors = await get<SpecialisationAnswer>('specialisation?region=BE211&measure=actors');
    expect(lqs(actors.body)).toEqual({ 'Sector:sector-chem': expect.closeTo(4 / 3, 12), 'Sector:sector-log': 0 });
    // Employees, latest year (2020): BE211 36/50 chem, BE 110/500: chem (36/50)/(110/500) = 3.2727…
    const latest = await get<SpecialisationAnswer>('specialisation?region=BE211&measure=observations&metric=employees');
    expect(latest.body.unit).toBe('persons');
    expect(lqs(latest.body)['Sector:sector-chem']).toBeCloseTo(36 / 50 / (110 / 500), 12);
    // 2015: chem (30/40)/(100/400) = 3, log (10/40)/(300/400) = 1/3.
    const y2015 = await get<SpecialisationAnswer>('specialisation?region=BE211&measure=observations&metric=employees&period=2015');
    expect(lqs(y2015.body)['Sector:sector-chem']).toBe(3);
    expect(lqs(y2015.body)['Sector:sector-log']).toBeCloseTo(1 / 3, 12);
  });

  it('splits the change in employees into national share, sector mix and regional shift', async () => {
    // g = 500/400 − 1 = 0.25. Chem: NS 30·0.25 = 7.5, g_chem 0.1 → mix 30·(0.1 − 0.25) = −4.5,
    // r 0.2 → shift 30·(0.2 − 0.1) = 3. Log: NS 2.5, g_log 0.3 → mix 0.5, r 0.4 → shift 1.
    const { status, body } = await get<ShiftShareAnswer>('shift-share?region=BE211&measure=observations&metric=employees&a=2015&b=2020');
    expect(status).toBe(200);
    expect(body.referenceGrowth).toBe(0.25);
    const chem = body.categories.find((c) => c.id === 'Sector:sector-chem')!;
    expect(chem).toMatchObject({ a: 30, b: 36, change: 6, nationalShare: 7.5 });
    expect(chem.categoryMix).toBeCloseTo(-4.5, 12);
    expect(chem.regionalShift).toBeCloseTo(3, 12);
    const log = body.categories.find((c) => c.id === 'Sector:sector-log')!;
    expect(log.categoryMix).toBeCloseTo(0.5, 12);
    expect(log.regionalShift).toBeCloseTo(1, 12);
    expect(body.totals).toMatchObject({ a: 40, b: 50, change: 10 });
  });

  it('gives the shift-share of participations between two periods', async () => {
    // BE211 2015–2016: ERC 1, LEIT 2; 2019–2020: SC5 1 (a1), LEIT 1 (a2). BE: 5 → ERC 0, LEIT 3, SC5 2 = 5.
    const { body } = await get<ShiftShareAnswer>('shift-share?region=BE211&a=2015-2016&b=2019-2020');
    expect(body.referenceGrowth).toBe(0);
    expect(body.totals).toMatchObject({ a: 3, b: 2, change: -1 });
    const sc5 = body.categories.find((c) => c.label === 'H2020 SC5')!;
    expect(sc5).toMatchObject({ a: 0, b: 1, change: 1, nationalShare: 0, categoryMix: 0, regionalShift: 1 });
  });

  it('colours the map by the same location quotients as the region panel, each region against its country', async () => {
    const value = (m: RegionsMap, id: string) => m.regions.find((r) => r.id === id)?.value;
    // LEIT 2015–2016: BE211 5/3 (as above); BE100 a3 and a4 in j1 (ERC) only: 0 of 2 → 0.
    const leit = (await get<RegionsMap>('regions/map?level=3&measure=lq&category=Policy:h2020-leit&period=2015-2016')).body;
    expect(leit.specialisation).toMatchObject({ measure: 'participations', by: 'part', reference: 'country', category: { id: 'Policy:h2020-leit', label: 'H2020 LEIT' } });
    expect(value(leit, 'BE211')).toBeCloseTo(5 / 3, 12);
    expect(value(leit, 'BE100')).toBe(0);
    for (const region of ['BE211', 'BE100']) {
      const panel = (await get<SpecialisationAnswer>(`specialisation?region=${region}&period=2015-2016`)).body;
      expect(value(leit, region), region).toBeCloseTo(lqs(panel)['Policy:h2020-leit']!, 12);
    }
    // Without a category: the largest of the regions shown, ERC (BE211 1 + BE100 2) before LEIT (2).
    const first = (await get<RegionsMap>('regions/map?level=3&measure=lq&period=2015-2016')).body;
    expect(first.specialisation?.categories.map((c) => [c.label, c.value])).toEqual([['H2020 ERC', 3], ['H2020 LEIT', 2]]);
    expect(value(first, 'BE211')).toBeCloseTo(5 / 9, 12);
    // NUTS 0 against all countries shown: ERC 3, LEIT 3 of 6; BE LEIT (2/5)/(3/6) = 0.8, NL (1/1)/(3/6) = 2.
    const countries = (await get<RegionsMap>('regions/map?level=0&measure=lq&category=Policy:h2020-leit&period=2015-2016')).body;
    expect(countries.specialisation?.reference).toBe('all');
    expect(value(countries, 'BE')).toBeCloseTo(0.8, 12);
    expect(value(countries, 'NL')).toBeCloseTo(2, 12);
    // Actors by sector: BE211 chem 2 of 2, BE100 1 of 2, Belgium 3 of 4: 4/3 and 2/3.
    const chem = (await get<RegionsMap>('regions/map?level=3&measure=lq&category=Sector:sector-chem')).body;
    expect(chem.specialisation).toMatchObject({ measure: 'actors', by: 'sector', category: { label: 'Chemistry' } });
    expect(value(chem, 'BE211')).toBeCloseTo(4 / 3, 12);
    expect(value(chem, 'BE100')).toBeCloseTo(2 / 3, 12);
    // Other measures carry no specialisation.
    expect((await get<RegionsMap>('regions/map?level=3&measure=actors')).body.specialisation).toBeNull();
  });

  it("the region's report maps it by its largest specialisation and splits the period's change", async () => {
    // BE211 2015–2016: LEIT 2 at LQ 5/3 (surplus 2 − 2·3/5 = 0.8) is its only quotient above 1.
    const { status, body } = await get<EcosystemReport>('report?scope=region&id=Region:nuts-be211&period=2015-2016');
    expect(status).toBe(200);
    expect(body.map).toMatchObject({ level: 3, measure: 'lq', focus: 'BE', highlight: 'BE211', category: { id: 'Policy:h2020-leit' } });
    expect(body.map!.regions.find((r) => r.id === 'BE211')!.value).toBeCloseTo(5 / 3, 12);
    expect(body.map!.regions.find((r) => r.id === 'BE100')!.value).toBe(0);
    // 2015 → 2016: every project runs both years, so nothing changes
    expect(body.shiftShare).toMatchObject({ a: { from: 2015, to: 2015 }, b: { from: 2016, to: 2016 }, totals: { a: 3, b: 3, change: 0 } });
  });

  it('refuses inconsistent or unknown input, naming the field', async () => {
    const cases: [string, number, string][] = [
      ['specialisation?region=BE211&measure=participations&by=sector', 400, 'by'],
      ['specialisation?region=BE211&reference=regions', 400, 'regions'],
      ['specialisation?region=BE211&measure=observations', 400, 'metric'],
      ['specialisation?region=BE211&measure=observations&metric=employees&reference=all', 400, 'reference'],
      ['specialisation?region=antwerp', 400, 'region'],
      ['specialisation?region=BE999', 404, 'region'],
      ['specialisation?region=BE211&reference=regions&regions=Region:nowhere', 404, 'regions'],
      ['shift-share?region=BE211&a=2015', 400, 'b'],
      ['regions/map?measure=actors&category=Policy:h2020-leit', 400, 'category'],
      ['regions/map?measure=lq&category=h2020-leit', 400, 'category'],
    ];
    for (const [q, status, field] of cases) {
      const { status: got, body } = await get<Problem>(q);
      expect([q, got]).toEqual([q, status]);
      expect(body.detail).toContain(field);
    }
  });
});
