import { expect } from 'vitest';
import type { AnalyticsStatus, TripleHelix } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { fetchJson, startTestServer } from './http.ts';

/** A triple helix drawn cut states the figures of its whole scope: the same counts as the uncut answer of that scope. */
export function expectFiguresOfWholeScope(cut: TripleHelix, uncut: TripleHelix, label: string): void {
  expect(cut.stats.matrix, label).toEqual(uncut.stats.matrix);
  expect(cut.stats.weightedMatrix, label).toEqual(uncut.stats.weightedMatrix);
  expect(cut.stats.actors, label).toEqual(uncut.stats.actors);
  expect(cut.stats.isolated, label).toEqual(uncut.stats.isolated);
}

/**
 * The triple helix of everything in each period, drawn cut (a result limit of 10) after a
 * whole-graph run on `db`: its figures are weighed from the run's profile of every tie, and equal
 * the uncut answer `uncutUrl` gives.
 */
export async function expectProfiledEqualsCounted(db: GraphDb, uncutUrl: string, periods: string[]): Promise<void> {
  const token = 'helix-figures-test-token-0123456789';
  const small = await startTestServer(db, { HELIX_RESULT_LIMIT: '10', HELIX_API_TOKEN: token });
  try {
    expect((await fetch(`${small.url}/api/analytics/run`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })).status).toBe(202);
    let status: AnalyticsStatus;
    do status = (await fetchJson<AnalyticsStatus>(`${small.url}/api/analytics/status`)).body;
    while (status.state === 'running');
    expect(status).toMatchObject({ state: 'done', stale: false });
    for (const period of periods) {
      const full = (await fetchJson<TripleHelix>(`${uncutUrl}/api/triple-helix?scope=all&period=${period}`)).body;
      const cut = await fetchJson<TripleHelix>(`${small.url}/api/triple-helix?scope=all&period=${period}`);
      expect(cut.status, period).toBe(200);
      expect(cut.body.summary.drawn, period).toMatchObject({ total: full.nodes.length, shown: 10, statistics: 'scope', metricsAt: status.last!.at });
      expectFiguresOfWholeScope(cut.body, full, period);
    }
  } finally {
    await small.close();
  }
}
