import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcosystemReport, RegionsMap, ShiftShareAnswer, TripleHelix } from '../../contract/index.ts';
import { ecosystemReportSchema } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { fetchJson, startSeededServer, startTestServer, type Problem } from '../support/http.ts';

const CHEMISTRY = 'Sector:sector-chemistry-life-sciences';
const ANTWERP = 'Region:province-antwerp';

describe('the ecosystem report: the data behind it, each figure with its source', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const get = <T>(path: string) => fetchJson<T>(`${server.url}${path}`);
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('gathers the key figures of "Chemie en life sciences" from its sub-sectors, each citing its document and table', async () => {
    const { status, body } = await get<EcosystemReport>(`/api/report?scope=sector&id=${CHEMISTRY}&lang=nl`);
    expect(status).toBe(200);
    expect(() => ecosystemReportSchema.parse(body)).not.toThrow();
    expect(body.scope.label).toBe('Chemie en life sciences');
    expect(body.lang).toBe('nl');
    const employees = body.keyFigures.find((f) => f.metric === 'employees' && f.subject === 'Chemie');
    expect(employees).toMatchObject({ value: 35991, year: 2010, unit: 'employees', region: expect.stringContaining('Antwerpen') });
    expect(employees!.source.table).toBe('Tabel 5: Overzicht chemische sector');
    expect(employees!.source.document).toBeTruthy();
    for (const f of body.keyFigures) expect(f.source.document ?? f.source.dataset, `${f.subject} ${f.metric}`).toBeTruthy();
    const cited = new Set(body.sources.map((s) => s.title));
    for (const f of body.keyFigures) expect(cited.has(f.source.document!)).toBe(true);
  });

  it('reports the same helix composition, matrix and brokers as the triple-helix view of the sector', async () => {
    const [{ body: report }, { body: helix }] = await Promise.all([
      get<EcosystemReport>(`/api/report?scope=sector&id=${CHEMISTRY}`),
      get<TripleHelix>(`/api/triple-helix?scope=sector&id=${CHEMISTRY}`),
    ]);
    expect(report.helix.actors).toEqual(helix.stats.actors);
    expect(report.helix.matrix).toEqual(helix.stats.matrix);
    expect(report.helix.missing).toEqual(helix.stats.missing);
    expect(report.helix.ties).toBe(helix.edges.length);
    const topBroker = Object.entries(helix.stats.brokerage.byActor).sort(([a, x], [b, y]) => y.total - x.total || a.localeCompare(b))[0]!;
    expect(report.brokers[0]).toMatchObject({ id: topBroker[0], roles: topBroker[1] });
    expect(report.helix.source.dataset).toBeTruthy();
    expect(report.central.length).toBeGreaterThan(0);
    const between = report.central.map((c) => c.betweenness);
    expect(between).toEqual([...between].sort((a, b) => b - a));
  });

  it('lists linked sectors with the counts the Cross-sector view shows, and the policies that prioritise the sector with their source', async () => {
    const [{ body: report }, { body: net }] = await Promise.all([
      get<EcosystemReport>(`/api/report?scope=sector&id=${CHEMISTRY}`),
      get<{ edges: { data: { source: string; target: string; type: string; actors?: number; projects?: number } }[] }>('/api/cross-sector'),
    ]);
    expect(report.sectors.length).toBeGreaterThan(0);
    for (const s of report.sectors) {
      const edge = net.edges.find((e) => e.data.type === 'SHARES' && [e.data.source, e.data.target].sort().join() === [CHEMISTRY, s.id].sort().join());
      expect(edge, s.label).toBeDefined();
      expect([s.actors, s.projects]).toEqual([edge!.data.actors, edge!.data.projects]);
    }
    expect(report.policies.length).toBeGreaterThan(0);
    for (const p of report.policies) expect(p.source.document, p.label).toBeTruthy();
  });

  it('suggests introductions only between actors of the scope in different helices', async () => {
    const { body } = await get<EcosystemReport>(`/api/report?scope=sector&id=${CHEMISTRY}`);
    const { body: helix } = await get<TripleHelix>(`/api/triple-helix?scope=sector&id=${CHEMISTRY}`);
    const inScope = new Set(helix.nodes.map((n) => n.data.id));
    const linked = new Set(helix.edges.map((e) => [e.data.source, e.data.target].sort().join('|')));
    expect(body.introductions.length).toBeGreaterThan(0);
    for (const pair of body.introductions) {
      expect(inScope.has(pair.a.id) && inScope.has(pair.b.id)).toBe(true);
      expect(pair.a.helix).not.toBe(pair.b.helix);
      expect(linked.has([pair.a.id, pair.b.id].sort().join('|'))).toBe(false);
    }
  });

  it('reports a region: its own figures, the policies covering it or a region it lies in, and the sectors of its actors', async () => {
    const { status, body } = await get<EcosystemReport>(`/api/report?scope=region&id=${ANTWERP}`);
    expect(status).toBe(200);
    expect(body.scope.label).toBe('Provincie Antwerpen');
    expect(body.keyFigures.every((f) => f.region !== null)).toBe(true);
    expect(body.policies.length).toBeGreaterThan(0);
    expect(body.policies.some((p) => p.level === 'eu' || p.level === 'regional')).toBe(true);
    expect(body.sectors.every((s) => s.projects === null && s.actors > 0)).toBe(true);
  });

  it('carries the synergy of the scope as /api/synergy answers it, and a region its location quotients', async () => {
    const [{ body: report }, { body: synergy }] = await Promise.all([
      get<EcosystemReport>(`/api/report?scope=sector&id=${CHEMISTRY}`),
      get<EcosystemReport['synergy']>(`/api/synergy?scope=sector&id=${CHEMISTRY}`),
    ]);
    expect(report.synergy).toEqual(synergy);
    expect(report.specialisation).toBeNull();
    const { body: region } = await get<EcosystemReport>(`/api/report?scope=region&id=${ANTWERP}`);
    const { body: lq } = await get<NonNullable<EcosystemReport['specialisation']>>(`/api/specialisation?region=${ANTWERP}&measure=${region.specialisation?.measure ?? 'actors'}&by=${region.specialisation?.by ?? 'sector'}`);
    expect(region.specialisation).toEqual(lq);
  });

  it('maps a region among its country by its largest specialisation, and a sector where its actors are, as the Map view answers them', async () => {
    const { body: region } = await get<EcosystemReport>(`/api/report?scope=region&id=${ANTWERP}`);
    const lq = region.specialisation!;
    // the largest specialisation: the most above the country's mix, x − x / LQ
    const surplus = (c: (typeof lq.categories)[number]) => (c.lq && c.lq > 1 ? c.value * (1 - 1 / c.lq) : 0);
    const largest = lq.categories.filter((c) => surplus(c) > 0).sort((a, b) => surplus(b) - surplus(a))[0];
    // the seeds place every Belgian actor in this province (each quotient 1): then the map shows its actors
    const measure = largest ? `lq&category=${encodeURIComponent(largest.id)}` : 'actors';
    expect(region.map).toMatchObject({ level: 2, focus: 'BE', highlight: 'BE21', measure: largest ? 'lq' : 'actors', category: largest ? { id: largest.id } : null });
    const { body: map } = await get<RegionsMap>(`/api/regions/map?level=2&measure=${measure}`);
    const belgian = map.regions.filter((r) => r.id.startsWith('BE')).map(({ id, name, value }) => ({ id, name, value }));
    expect(region.map!.regions).toEqual(belgian);
    if (largest) expect(region.map!.regions.find((r) => r.id === 'BE21')!.value).toBeCloseTo(largest.lq!, 12);

    // a sector: its actors per region at the finest level that places most of them (the seeds place many in a province only)
    const { body: sector } = await get<EcosystemReport>(`/api/report?scope=sector&id=${CHEMISTRY}`);
    expect(sector.map).toMatchObject({ measure: 'actors', focus: 'BE', highlight: null, category: null });
    const { body: atLevel } = await get<RegionsMap>(`/api/regions/map?level=${sector.map!.level}&measure=actors&sector=${CHEMISTRY}`);
    expect(sector.map!.regions).toEqual(atLevel.regions.map(({ id, name, value }) => ({ id, name, value })));
    const { body: countries } = await get<RegionsMap>(`/api/regions/map?level=0&measure=actors&sector=${CHEMISTRY}`);
    const placed = (m: RegionsMap | EcosystemReport['map']) => m!.regions.reduce((n, r) => n + (r.value ?? 0), 0);
    expect(placed(sector.map)).toBeGreaterThanOrEqual(0.8 * placed(countries));
    const { body: finer } = await get<RegionsMap>(`/api/regions/map?level=${sector.map!.level + 1}&measure=actors&sector=${CHEMISTRY}`);
    if (sector.map!.level < 3) expect(placed(finer)).toBeLessThan(0.8 * placed(countries));
  });

  it('gives a region the shift-share of the halves of a period of several years, and none for one year', async () => {
    const { body: region } = await get<EcosystemReport>(`/api/report?scope=region&id=${ANTWERP}&period=2010-2020`);
    const s = region.specialisation!;
    const { body: ss } = await get<ShiftShareAnswer>(`/api/shift-share?region=${ANTWERP}&measure=${s.measure}&by=${s.by}&a=2010-2015&b=2016-2020`);
    expect(region.shiftShare).toEqual(ss);
    expect(region.shiftShare!.a).toMatchObject({ from: 2010, to: 2015 });
    const { body: one } = await get<EcosystemReport>(`/api/report?scope=region&id=${ANTWERP}&period=2015`);
    expect(one.shiftShare).toBeNull();
    const { body: sector } = await get<EcosystemReport>(`/api/report?scope=sector&id=${CHEMISTRY}&period=2010-2020`);
    expect(sector.shiftShare).toBeNull();
  });

  it('takes technology as an actor attribute of the synergy (geography × technology × organisation)', async () => {
    const { status, body } = await get<EcosystemReport['synergy']>('/api/synergy?scope=all&unit=actor&dims=region,technology,kind');
    expect(status).toBe(200);
    expect(body).toMatchObject({ form: 'attributes', dims: ['region', 'technology', 'kind'] });
    // every actor weighs 1: those with a region, a technology they develop and a kind are the records
    const [counts] = await db.read<{ all: number; full: number }>(
      `MATCH (a:Actor)
       RETURN count(a) AS all,
              count(CASE WHEN a.kind IS NOT NULL AND EXISTS { (a)-[:LOCATED_IN]->(:Region) } AND EXISTS { (a)-[:DEVELOPS]->(:Technology) } THEN 1 END) AS full`,
    );
    expect(counts!.full).toBeGreaterThan(0);
    expect(body.n).toBeCloseTo(counts!.full, 9);
    expect(body.n + body.excluded).toBeCloseTo(counts!.all, 9);
  });

  it('refuses a bad scope or id with a 4xx naming the field', async () => {
    const bad = await get<Problem>(`/api/report?scope=actor&id=Actor:x`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('scope');
    const wrongLabel = await get<Problem>(`/api/report?scope=sector&id=${ANTWERP}`);
    expect(wrongLabel.status).toBe(400);
    expect(JSON.stringify(wrongLabel.body)).toContain('id');
    const missing = await get<Problem>(`/api/report?scope=sector&id=Sector:does-not-exist`);
    expect(missing.status).toBe(404);
  });
});
