import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import type { PartnerAnswer } from '../../server/partners/index.ts';
import { snapshot } from '../support/db.ts';
import { startSeededServer, fetchJson, startTestServer, type Problem } from '../support/http.ts';


describe('partner finder on the seeds', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const post = <T>(body: unknown) => fetchJson<T>(`${server.url}/api/partners`, body);
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('suggests knowledge institutions in sustainable chemistry to a chemistry company, naming the shared initiative', async () => {
    const { status, body } = await post<PartnerAnswer>({ actor: 'Actor:agfa-gevaert', limit: 10 });
    expect(status).toBe(200);
    expect(body.asker).toEqual([{ id: 'Actor:agfa-gevaert', name: expect.any(String) }]);
    const vito = body.suggestions.find((s) => s.id === 'Actor:vito');
    expect(vito, body.suggestions.map((s) => s.id).join(', ')).toBeDefined();
    expect(vito!.helix).toBe('academia');
    // VITO and Agfa-Gevaert are both members of SIM, the strategic research centre for materials.
    const words = vito!.reasons.map((r) => r.text).join(' ');
    expect(words).toMatch(/Strategisch Initiatief Materialen/);
    expect(words).toMatch(/Duurzame chemie/);
    expect(vito!.introducers.map((i) => i.id)).toContain('Actor:sim');
    expect(vito!.evidence.sharedPartners).toContain('Actor:sim');
    const graphIds = vito!.graph.nodes.map((n) => n.data.id);
    expect(graphIds).toEqual(expect.arrayContaining(['Actor:agfa-gevaert', 'Actor:vito', 'Actor:sim']));
    expect(vito!.graph.edges.some((e) => e.data.source === 'Actor:vito' && e.data.target === 'Actor:sim')).toBe(true);
    // No one already linked to the asker is suggested.
    const [linked] = await db.read<{ ids: string[] }>(
      `MATCH (a:Actor {id: 'agfa-gevaert'})-[:COLLABORATES_WITH|MEMBER_OF|FOUNDED]-(b:Actor) RETURN collect('Actor:' + b.id) AS ids`,
    );
    expect(linked!.ids.length).toBeGreaterThan(0);
    for (const s of body.suggestions) expect(linked!.ids).not.toContain(s.id);
    // Ranked best first, with every component shown.
    const scores = body.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Object.keys(vito!.components).sort()).toEqual(['activity', 'complementarity', 'geography', 'proximity', 'topical']);
  });

  it('answers a need with academia active in sustainable chemistry near Antwerp', async () => {
    const { status, body } = await post<PartnerAnswer>({
      need: { sectors: ['Sector:sector-sustainable-chemistry'], regions: ['Region:province-antwerp'], helix: ['academia'] },
      limit: 5,
    });
    expect(status).toBe(200);
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.every((s) => s.helix === 'academia')).toBe(true);
    expect(body.suggestions[0]!.components.topical + body.suggestions[0]!.components.geography).toBeGreaterThan(0);
  });

  it('completes a consortium: no member of the group is suggested, and weights change the order', async () => {
    const group = ['Actor:universiteit-antwerpen', 'Actor:janssen-pharmaceutica'];
    const { body } = await post<PartnerAnswer>({ actors: group, limit: 20 });
    expect(body.asker.map((a) => a.id)).toEqual(group);
    expect(body.suggestions.some((s) => group.includes(s.id))).toBe(false);
    const topical = await post<PartnerAnswer>({ actors: group, limit: 20, weights: { topical: 1, proximity: 0, complementarity: 0, activity: 0, geography: 0 } });
    expect(topical.body.summary.weights.proximity).toBe(0);
    expect(topical.body.suggestions.every((s, i, all) => i === 0 || all[i - 1]!.components.topical >= s.components.topical)).toBe(true);
  });

  it('refuses bad input with 400 naming the field, and changes nothing', async () => {
    const before = await snapshot(db);
    const cases: [unknown, string][] = [
      [{ actor: 'vito' }, 'actor'],
      [{ actor: 'Actor:vito', limit: 0 }, 'limit'],
      [{ actor: 'Actor:vito', weights: { topical: -1 } }, 'weights.topical'],
      [{ actor: 'Actor:vito', weights: { charm: 1 } }, 'weights'],
      [{ actor: 'Actor:vito', need: { helix: ['academia'] } }, 'actor'],
      [{}, 'actor'],
      [{ need: {} }, 'need'],
      [{ need: { helix: ['aliens'] } }, 'need.helix.0'],
      [{ actors: [] }, 'actors'],
      [{ actor: 'Actor:vito', extra: true }, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await post<Problem>(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.type).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e) => e.field), JSON.stringify(body)).toContain(field);
    }
    const missing = await post<Problem>({ actor: 'Actor:no-such-actor' });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toMatch(/actor: no node Actor:no-such-actor/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(doc.paths['/api/partners']?.post).toBeDefined();
  });
});
