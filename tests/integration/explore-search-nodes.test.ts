import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, fetchJson, startTestServer, type Problem } from '../support/http.ts';


describe('search, node detail, schema and OpenAPI on the seeds', () => {
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

  type Search = { results: { id: string; type: string; label: string; score: number; helix?: string }[]; summary: { q: string; count: number } };

  it('finds Janssen Pharmaceutica from the misspelt "Janssen Farma", first', async () => {
    const { status, body } = await get<Search>('/api/search?q=Janssen%20Farma');
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ id: 'Actor:janssen-pharmaceutica', type: 'Actor', label: 'Janssen Pharmaceutica', helix: 'industry' });
    expect(body.summary).toEqual({ q: 'Janssen Farma', count: body.results.length });
  });

  it('finds Universiteit Antwerpen from the unfinished "Universiteit Antwerp", first', async () => {
    const { body } = await get<Search>('/api/search?q=Universiteit%20Antwerp');
    expect(body.results[0]?.id).toBe('Actor:universiteit-antwerpen');
  });

  it('puts the exact name first: "Chemie" before the longer names that contain it', async () => {
    const { body } = await get<Search>('/api/search?q=chemie&limit=10');
    expect(body.results[0]).toMatchObject({ type: 'Sector', label: 'Chemie' });
    expect(body.results.slice(1).map((r) => r.label)).toEqual(expect.arrayContaining(['Chemie en life sciences', 'Duurzame chemie']));
  });

  it('ranks the more connected first among names that start with what was typed', async () => {
    const { body } = await get<Search>('/api/search?q=univ&limit=10');
    expect(body.results.length).toBeGreaterThan(3);
    const rows = await db.read<{ id: string; links: number }>(
      "MATCH (n) WHERE n.id IN $keys RETURN labels(n)[0] + ':' + n.id AS id, COUNT { (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } AS links",
      { keys: body.results.map((r) => r.id.slice(r.id.indexOf(':') + 1)) },
    );
    const links = new Map(rows.map((r) => [r.id, r.links]));
    const shown = body.results.filter((r) => /(^|[^\p{L}])univ/iu.test(r.label)).map((r) => links.get(r.id)!);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(new Set(shown).size).toBeGreaterThan(1);
  });

  it('ignores accents and case, and finds English names and aliases', async () => {
    const folded = await get<Search>('/api/search?q=CH%C3%89MIE');
    expect(folded.body.results.map((r) => r.id)).toContain('Sector:sector-chemistry-life-sciences');
    const english = await get<Search>('/api/search?q=European%20Commission&limit=3');
    expect(english.body.results[0]?.id).toBe('Actor:europese-commissie');
  });

  it('filters by type and limit', async () => {
    const { body } = await get<Search>('/api/search?q=antwerpen&types=Region,Policy&limit=5');
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(5);
    expect(body.results.every((r) => r.type === 'Region' || r.type === 'Policy')).toBe(true);
  });

  it('treats Lucene syntax in the query as plain words', async () => {
    const { status, body } = await get<Search>(`/api/search?q=${encodeURIComponent('janssen) OR name:* AND "~[')}`);
    expect(status).toBe(200);
    expect(body.results[0]?.id).toBe('Actor:janssen-pharmaceutica');
    const onlySymbols = await get<Search>(`/api/search?q=${encodeURIComponent('*:*')}`);
    expect(onlySymbols.body.results).toEqual([]);
  });

  it('rejects bad search input naming the field', async () => {
    for (const [query, field] of [
      ['q=', 'q'],
      ['q=x&limit=500', 'limit'],
      ['q=x&types=Actor,Banana', 'types.1'],
      ['q=x&colour=red', 'query'],
    ] as const) {
      const { status, type, body } = await get<Problem>(`/api/search?${query}`);
      expect(status, query).toBe(400);
      expect(type).toMatch(/application\/problem\+json/);
      expect(body.errors.map((e) => e.field), query).toContain(field);
    }
  });

  type Detail = {
    node: { id: string; key: string; label: string; type: string; props: Record<string, unknown> };
    neighbours: { byLabel: Record<string, number>; byType: Record<string, number> };
    provenance: { document: { id: string; title: string; file: string; year: number; publisher: string }; section: string; quote: string }[];
  };

  it('shows a seeded actor with its properties, neighbour counts and provenance quotes', async () => {
    const { status, body } = await get<Detail>(`/api/nodes/${encodeURIComponent('Actor:janssen-pharmaceutica')}`);
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ id: 'Actor:janssen-pharmaceutica', key: 'janssen-pharmaceutica', type: 'Actor', label: 'Janssen Pharmaceutica' });
    expect(body.node.props).toMatchObject({ helix: 'industry', kind: 'company' });
    const [expected] = await db.read<{ quotes: string[]; sectors: number; collab: number }>(
      `MATCH (a:Actor {id: 'janssen-pharmaceutica'})
       RETURN [(a)-[m:MENTIONED_IN]->() | m.quote] AS quotes, COUNT { (a)-[:ACTIVE_IN]->() } AS sectors, COUNT { (a)-[:COLLABORATES_WITH]-() } AS collab`,
    );
    expect(body.provenance.map((p) => p.quote).sort()).toEqual(expected!.quotes.sort());
    expect(body.provenance.length).toBeGreaterThan(0);
    expect(body.provenance[0]!.document).toMatchObject({ id: expect.any(String), title: expect.any(String), file: expect.stringMatching(/\.txt$/), year: expect.any(Number) });
    expect(body.neighbours.byType.ACTIVE_IN).toBe(expected!.sectors);
    expect(body.neighbours.byType.COLLABORATES_WITH).toBe(expected!.collab);
    expect(body.neighbours.byLabel.Document).toBeGreaterThan(0);
  });

  it('answers an unknown node with 404 and a malformed id with 400, both naming id', async () => {
    const missing = await get<Problem>(`/api/nodes/${encodeURIComponent('Actor:no-such-actor')}`);
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/application\/problem\+json/);
    expect(missing.body.detail).toBe('id: no node Actor:no-such-actor');
    const malformed = await get<Problem>(`/api/nodes/${encodeURIComponent('Banana:x')}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]?.field).toBe('id');
  });

  it('describes the schema with counts and property keys', async () => {
    const { status, body } = await get<{ labels: { label: string; count: number; properties: string[] }[]; relationshipTypes: { type: string; count: number; properties: string[] }[]; propertyKeys: string[] }>('/api/schema');
    expect(status).toBe(200);
    const [counts] = await db.read<{ actors: number; collab: number }>('MATCH (a:Actor) WITH count(a) AS actors MATCH ()-[r:COLLABORATES_WITH]->() RETURN actors, count(r) AS collab');
    const actor = body.labels.find((l) => l.label === 'Actor');
    expect(actor?.count).toBe(counts!.actors);
    expect(actor?.properties).toEqual(expect.arrayContaining(['id', 'name', 'helix', 'kind']));
    const collab = body.relationshipTypes.find((t) => t.type === 'COLLABORATES_WITH');
    expect(collab?.count).toBe(counts!.collab);
    expect(collab?.properties).toEqual(expect.arrayContaining(['sources', 'evidence']));
    expect(body.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'quote', 'section']));
  });

  it('documents every exploration endpoint in the OpenAPI file', async () => {
    const before = await snapshot(db);
    const { body } = await get<{ paths: Record<string, Record<string, { parameters: { name: string }[]; requestBody?: object; responses: Record<string, object> }>> }>('/api/openapi.json');
    for (const [path, method] of [
      ['/api/search', 'get'],
      ['/api/nodes/{id}', 'get'],
      ['/api/expand', 'post'],
      ['/api/triple-helix', 'get'],
      ['/api/cross-sector', 'get'],
      ['/api/cross-sector/shared', 'get'],
      ['/api/paths', 'get'],
      ['/api/metrics', 'post'],
      ['/api/metrics', 'get'],
      ['/api/sectors/{id}/profile', 'get'],
      ['/api/alignment', 'get'],
      ['/api/schema', 'get'],
    ] as const) {
      const op = body.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op!.responses['400']).toBeDefined();
    }
    expect(body.paths['/api/search']!.get!.parameters.map((p) => p.name)).toEqual(['q', 'types', 'limit']);
    expect(body.paths['/api/expand']!.post!.requestBody).toBeDefined();
    expect(await snapshot(db)).toEqual(before);
  });
});
