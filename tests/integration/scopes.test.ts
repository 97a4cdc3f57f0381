import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { HELICES } from '../../server/graph/model.ts';
import { buildPartnerGraph } from '../../server/partners/graph.ts';
import { loadPartnerData } from '../../server/partners/load.ts';
import { fetchJson, startSeededServer, type startTestServer } from '../support/http.ts';

// One definition of "the actors of a scope" (cypher/queries/scope-actors-<kind>.cypher): every
// view that shows the actors of a sector or region shows the same ones.

interface TripleHelix {
  nodes: { data: { id: string; helix?: string } }[];
  summary: { truncated: boolean };
  stats: { actors: Record<string, number> };
}
interface Profile {
  actorsByHelix: Record<string, { id: string }[]>;
}
interface Shared {
  actors: { id: string }[];
}
interface Cross {
  nodes: { data: { id: string; type: string } }[];
  edges: { data: { source: string; target: string; type: string; actors?: number } }[];
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('scopes: one set of actors per sector and region, whichever view asks', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const get = async <T>(path: string) => {
    const { status, body } = await fetchJson<T>(`${server.url}${path}`);
    expect(status, path).toBe(200);
    return body;
  };
  const scopeActors = new Map<string, string[]>();
  const tripleHelix = async (kind: string, id: string) => {
    const body = await get<TripleHelix>(`/api/triple-helix?scope=${kind}&id=${encodeURIComponent(id)}`);
    expect(body.summary.truncated).toBe(false);
    scopeActors.set(id, sorted(body.nodes.map((n) => n.data.id)));
    return body;
  };
  let sectors: string[];
  let topSectors: string[];
  let regions: string[];

  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    const rows = await db.read<{ id: string; top: boolean }>('MATCH (s:Sector) RETURN s.id AS id, NOT (s)-[:PART_OF]->(:Sector) AS top ORDER BY id');
    sectors = rows.map((r) => `Sector:${r.id}`);
    topSectors = rows.filter((r) => r.top).map((r) => `Sector:${r.id}`);
    regions = (await db.read<{ id: string }>('MATCH (r:Region) RETURN r.id AS id ORDER BY id')).map((r) => `Region:${r.id}`);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('the sector profile and the triple-helix view count the same actors per helix, for every sector', async () => {
    let withActors = 0;
    for (const sector of sectors) {
      const view = await tripleHelix('sector', sector);
      const profile = await get<Profile>(`/api/sectors/${encodeURIComponent(sector)}/profile`);
      const profileCounts = Object.fromEntries(HELICES.map((h) => [h, profile.actorsByHelix[h]?.length ?? 0]));
      expect(profileCounts, sector).toEqual(view.stats.actors);
      expect(sorted(Object.values(profile.actorsByHelix).flat().map((a) => a.id)), sector).toEqual(scopeActors.get(sector));
      if (view.nodes.length) withActors++;
    }
    // Most seeded sectors are sub-sectors or niches named in a study without actors.
    expect(withActors).toBeGreaterThan(10);
  });

  it('a sector holds the participants of projects that target it or a sub-sector, as well as its active actors', async () => {
    const [row] = await db.read<{ sector: string; actor: string }>(
      `MATCH (a:Actor)-[:PARTICIPATES_IN]->(:Project)-[:TARGETS]->(:Sector)-[:PART_OF]->(s:Sector)
       WHERE NOT (a)-[:ACTIVE_IN]->(:Sector)-[:PART_OF*0..]->(s)
       RETURN 'Sector:' + s.id AS sector, 'Actor:' + a.id AS actor ORDER BY sector, actor LIMIT 1`,
    );
    expect(row).toBeDefined();
    const profile = await get<Profile>(`/api/sectors/${encodeURIComponent(row!.sector)}/profile`);
    expect(Object.values(profile.actorsByHelix).flat().map((a) => a.id)).toContain(row!.actor);
  });

  it('the triple-helix view, metrics of a scope and the partner finder agree on the actors of every region and sector', async () => {
    const partners = buildPartnerGraph(await loadPartnerData(db));
    // How many scopes of a kind have actors, after checking each against the finder's own index.
    const agree = async (kind: 'region' | 'sector', ids: string[], index: Map<string, Set<string>>) => {
      let withActors = 0;
      for (const id of ids) {
        await tripleHelix(kind, id);
        const inFinder = partners.network.filterNodes((actor) => index.get(actor)?.has(id) ?? false);
        expect(sorted(inFinder), id).toEqual(scopeActors.get(id));
        if (inFinder.length) withActors++;
      }
      return withActors;
    };
    expect(await agree('region', regions, partners.regionsOf)).toBeGreaterThan(regions.length / 4);
    expect(await agree('sector', sectors, partners.topicsOf)).toBeGreaterThan(10);
    for (const [kind, id] of [['region', 'Region:province-antwerp'], ['sector', 'Sector:sector-chemistry-life-sciences']] as const) {
      const metrics = await get<{ nodes: Record<string, unknown> }>(`/api/metrics?scope=${kind}&id=${id}`);
      expect(sorted(Object.keys(metrics.nodes)), id).toEqual(scopeActors.get(id) ?? sorted((await tripleHelix(kind, id)).nodes.map((n) => n.data.id)));
    }
  });

  it('the actors two sectors share are the intersection of their scopes, at both levels', async () => {
    for (const sector of sectors) if (!scopeActors.has(sector)) await tripleHelix('sector', sector);
    const intersection = (a: string, b: string) => scopeActors.get(a)!.filter((id) => scopeActors.get(b)!.includes(id));
    let nonEmpty = 0;
    const tops = topSectors.filter((s) => scopeActors.get(s)!.length);
    for (let i = 0; i < tops.length; i++) {
      for (let j = i + 1; j < tops.length; j++) {
        const [a, b] = [tops[i]!, tops[j]!];
        const shared = await get<Shared>(`/api/cross-sector/shared?a=${a}&b=${b}`);
        expect(sorted(shared.actors.map((x) => x.id)), `${a} ${b}`).toEqual(intersection(a, b));
        if (shared.actors.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(0);
    const sub = await get<Cross>('/api/cross-sector?level=subsector');
    const links = sub.edges.filter((e) => e.data.type === 'SHARES');
    expect(links.length).toBeGreaterThan(0);
    for (const { data } of links) {
      const shared = await get<Shared>(`/api/cross-sector/shared?a=${data.source}&b=${data.target}&level=subsector`);
      expect(sorted(shared.actors.map((x) => x.id)), `${data.source} ${data.target}`).toEqual(intersection(data.source, data.target));
      expect(shared.actors).toHaveLength(data.actors!);
    }
  });
});
