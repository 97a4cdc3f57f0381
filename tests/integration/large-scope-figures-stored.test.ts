import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsStatus, ScopeMetrics, TripleHelix } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { generateEcosystem } from '../../server/generate/ecosystem.ts';
import type { StoredScope } from '../../server/explore/scope-figures.ts';
import { runImport } from '../../server/importer/run.ts';
import { filesFromPaths, sourcesFor } from '../../server/importer/sources.ts';
import { testDb, wipe } from '../support/db.ts';
import { expectFiguresOfWholeScope } from '../support/helix-figures.ts';
import { fetchJson, startTestServer } from '../support/http.ts';

// The triple helix of a policy, sector or region too large to draw whole (a programme of the
// generated 100k graph holds 52k actors, a sector 40k): the whole-graph run stores each such scope's
// figures and drawn cut, and the view answers from them while the data has not changed since — the
// same figures as counting the whole scope, and counted again once the data changed.

const TOKEN = 'scope-figures-test-token-0123456789';

describe('the stored figures of large policies, sectors and regions', () => {
  let db: GraphDb;
  let small: Awaited<ReturnType<typeof startTestServer>>;
  let uncut: Awaited<ReturnType<typeof startTestServer>>;
  let dir: string;
  let status: AnalyticsStatus;
  /** Every policy, sector and region as [scope kind, id]. */
  let scopes: [string, string][];

  const helix = async (url: string, [kind, id]: [string, string]) => {
    const answer = await fetchJson<TripleHelix>(`${url}/api/triple-helix?scope=${kind}&id=${encodeURIComponent(id)}`);
    expect(answer.status, id).toBe(200);
    return answer.body;
  };
  const shownIds = (answer: TripleHelix) => answer.nodes.map((n) => n.data.id);

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-scope-figures-'));
    await generateEcosystem({ actors: 400, seed: 7, out: dir });
    const { sources, problems } = sourcesFor(await filesFromPaths([dir]));
    expect(problems).toEqual([]);
    await runImport(db, sources, { preProblems: problems });
    // one app instance draws every scope of more than 10 actors cut, the other reads them whole
    small = await startTestServer(db, { HELIX_RESULT_LIMIT: '10', HELIX_API_TOKEN: TOKEN });
    uncut = await startTestServer(db, { HELIX_RESULT_LIMIT: '100000' });
    expect((await fetch(`${small.url}/api/analytics/run`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(202);
    do status = (await fetchJson<AnalyticsStatus>(`${small.url}/api/analytics/status`)).body;
    while (status.state === 'running');
    expect(status).toMatchObject({ state: 'done', stale: false });
    const of = async (label: string, kind: string) => (await db.read<{ id: string }>(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((n): [string, string] => [kind, `${label}:${n.id}`]);
    scopes = [...(await of('Policy', 'policy')), ...(await of('Sector', 'sector')), ...(await of('Region', 'region'))];
  });
  afterAll(async () => {
    await small?.close();
    await uncut?.close();
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  // Each test asks every large scope one after the other: 18–35 s in a full run, up to 60 s on a
  // loaded machine, so they get more than the integration tests' 60 s.
  it('answers each large policy, sector and region from the run: the figures and size of its whole scope, as counting all its actors gives them', async () => {
    const [row] = await db.rows<{ scopes: string | null }>('analytics-scope-stored');
    const saved = JSON.parse(row?.scopes ?? '{}') as { at?: string; scopes?: Record<string, StoredScope> };
    expect(saved.at).toBe(status.last!.at);
    const stored: Record<string, number> = {};
    for (const scope of scopes) {
      const [kind, id] = scope;
      const full = await helix(uncut.url, scope);
      if (full.nodes.length <= 10) {
        expect(saved.scopes?.[id], id).toBeUndefined();
        continue;
      }
      stored[kind] = (stored[kind] ?? 0) + 1;
      // what the run stored is what counting the whole scope gives
      const figures = saved.scopes?.[id];
      expect(figures?.total, id).toBe(full.nodes.length);
      expect(figures?.counts, id).toEqual({ actors: full.stats.actors, ties: full.stats.matrix, weightedTies: full.stats.weightedMatrix, isolated: full.stats.isolated });
      const cut = await helix(small.url, scope);
      expect(cut.summary.drawn, id).toMatchObject({ total: full.nodes.length, shown: 10, statistics: 'scope', metricsAt: status.last!.at, stale: false });
      expectFiguresOfWholeScope(cut, full, id);
      expect(cut.stats.ei, id).toEqual(full.stats.ei);
      expect(cut.stats.totals, id).toEqual(full.stats.totals);
      const metrics = await fetchJson<ScopeMetrics>(`${small.url}/api/metrics?scope=${kind}&id=${encodeURIComponent(id)}`);
      expect(metrics.status, id).toBe(200);
      expect(metrics.body.summary.drawn, id).toMatchObject({ total: full.nodes.length, shown: 10, statistics: 'scope' });
    }
    // every kind has scopes large enough to be stored
    expect(stored.policy).toBeGreaterThan(3);
    expect(stored.sector).toBeGreaterThan(3);
    expect(stored.region).toBeGreaterThan(3);
  }, 240_000);

  it('counts them again once the data changed, drawing the same cut the run stored', async () => {
    const large: [string, string][] = [];
    for (const scope of scopes) if ((await helix(uncut.url, scope)).nodes.length > 10) large.push(scope);
    // one after the other: dozens of large scopes at once would fill the analysis queue (503 Busy)
    const fromRun: TripleHelix[] = [];
    for (const scope of large) fromRun.push(await helix(small.url, scope));
    // a change that leaves every figure as it was: the cut counted in the database is the stored one
    await db.writeCypher("MATCH (a:Actor) WITH a ORDER BY a.id LIMIT 1 SET a.note = 'changed'");
    await expect.poll(async () => (await fetchJson<AnalyticsStatus>(`${small.url}/api/analytics/status`)).body.stale).toBe(true);
    for (const [i, scope] of large.entries()) {
      const id = scope[1];
      const counted = await helix(small.url, scope);
      expect(counted.summary.drawn?.metricsAt, id).toBeUndefined();
      expect(counted.summary.drawn, id).toMatchObject({ total: fromRun[i]!.summary.drawn!.total, statistics: 'scope' });
      expect(shownIds(counted), id).toEqual(shownIds(fromRun[i]!));
      expectFiguresOfWholeScope(counted, fromRun[i]!, id);
    }
    // a change of the figures: the answer follows the data, not the run
    await db.writeCypher('MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor) WHERE a <> b AND a.helix <> b.helix WITH r ORDER BY a.id, b.id LIMIT 1 DELETE r');
    let changed = 0;
    for (const [i, scope] of large.entries()) {
      const id = scope[1];
      const full = await helix(uncut.url, scope);
      const counted = await helix(small.url, scope);
      expectFiguresOfWholeScope(counted, full, id);
      if (JSON.stringify(full.stats.matrix) !== JSON.stringify(fromRun[i]!.stats.matrix)) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  }, 240_000);
});
