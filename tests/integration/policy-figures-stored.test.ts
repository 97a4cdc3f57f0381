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

// The triple helix of a policy too large to draw whole (a programme of the generated 100k graph
// holds 52k actors): the whole-graph run stores each such policy's figures and drawn cut, and the
// view answers from them while the data has not changed since — the same figures as counting the
// whole scope, and counted again once the data changed.

const TOKEN = 'policy-figures-test-token-0123456789';

describe('the stored figures of large policies', () => {
  let db: GraphDb;
  let small: Awaited<ReturnType<typeof startTestServer>>;
  let uncut: Awaited<ReturnType<typeof startTestServer>>;
  let dir: string;
  let status: AnalyticsStatus;
  let policies: string[];

  const helix = async (url: string, policy: string) => {
    const answer = await fetchJson<TripleHelix>(`${url}/api/triple-helix?scope=policy&id=${policy}`);
    expect(answer.status, policy).toBe(200);
    return answer.body;
  };
  const shownIds = (answer: TripleHelix) => answer.nodes.map((n) => n.data.id);

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-policy-figures-'));
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
    policies = (await db.read<{ id: string }>('MATCH (p:Policy) RETURN p.id AS id ORDER BY id')).map((p) => `Policy:${p.id}`);
  });
  afterAll(async () => {
    await small?.close();
    await uncut?.close();
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers each large policy from the run: the figures and size of its whole scope, as counting all its actors gives them', async () => {
    const [row] = await db.rows<{ scopes: string | null }>('analytics-scope-stored');
    const saved = JSON.parse(row?.scopes ?? '{}') as { at?: string; scopes?: Record<string, StoredScope> };
    expect(saved.at).toBe(status.last!.at);
    let stored = 0;
    for (const policy of policies) {
      const full = await helix(uncut.url, policy);
      if (full.nodes.length <= 10) {
        expect(saved.scopes?.[policy], policy).toBeUndefined();
        continue;
      }
      stored++;
      // what the run stored is what counting the whole scope gives
      const figures = saved.scopes?.[policy];
      expect(figures?.total, policy).toBe(full.nodes.length);
      expect(figures?.counts, policy).toEqual({ actors: full.stats.actors, ties: full.stats.matrix, weightedTies: full.stats.weightedMatrix, isolated: full.stats.isolated });
      const cut = await helix(small.url, policy);
      expect(cut.summary.drawn, policy).toMatchObject({ total: full.nodes.length, shown: 10, statistics: 'scope', metricsAt: status.last!.at, stale: false });
      expectFiguresOfWholeScope(cut, full, policy);
      expect(cut.stats.ei, policy).toEqual(full.stats.ei);
      expect(cut.stats.totals, policy).toEqual(full.stats.totals);
      const metrics = await fetchJson<ScopeMetrics>(`${small.url}/api/metrics?scope=policy&id=${policy}`);
      expect(metrics.status, policy).toBe(200);
      expect(metrics.body.summary.drawn, policy).toMatchObject({ total: full.nodes.length, shown: 10, statistics: 'scope' });
    }
    expect(stored).toBeGreaterThan(3);
  });

  it('counts them again once the data changed, drawing the same cut the run stored', async () => {
    const large: string[] = [];
    for (const policy of policies) if ((await helix(uncut.url, policy)).nodes.length > 10) large.push(policy);
    const fromRun = await Promise.all(large.map((p) => helix(small.url, p)));
    // a change that leaves every figure as it was: the cut counted in the database is the stored one
    await db.writeCypher("MATCH (a:Actor) WITH a ORDER BY a.id LIMIT 1 SET a.note = 'changed'");
    await expect.poll(async () => (await fetchJson<AnalyticsStatus>(`${small.url}/api/analytics/status`)).body.stale).toBe(true);
    for (const [i, policy] of large.entries()) {
      const counted = await helix(small.url, policy);
      expect(counted.summary.drawn?.metricsAt, policy).toBeUndefined();
      expect(counted.summary.drawn, policy).toMatchObject({ total: fromRun[i]!.summary.drawn!.total, statistics: 'scope' });
      expect(shownIds(counted), policy).toEqual(shownIds(fromRun[i]!));
      expectFiguresOfWholeScope(counted, fromRun[i]!, policy);
    }
    // a change of the figures: the answer follows the data, not the run
    await db.writeCypher('MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor) WHERE a <> b AND a.helix <> b.helix WITH r ORDER BY a.id, b.id LIMIT 1 DELETE r');
    let changed = 0;
    for (const [i, policy] of large.entries()) {
      const full = await helix(uncut.url, policy);
      const counted = await helix(small.url, policy);
      expectFiguresOfWholeScope(counted, full, policy);
      if (JSON.stringify(full.stats.matrix) !== JSON.stringify(fromRun[i]!.stats.matrix)) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  });
});
