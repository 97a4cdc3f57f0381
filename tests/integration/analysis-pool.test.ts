import http from 'node:http';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { testDb, wipe } from '../support/db.ts';
import { startTestServer } from '../support/http.ts';

// The analyses run on worker threads: the event loop keeps answering while they work, a full
// queue is refused with a 503 saying when to come back, and a job over the time limit is stopped.

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { status?: number; title?: string; detail?: string; nodes?: Record<string, unknown> };
}

/** POSTs JSON; `sent` resolves once the whole body is written, `answered` with the response. */
function post(url: string, body: string): { sent: Promise<unknown>; answered: Promise<Answer>; abandon: () => void } {
  const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const answered = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as Answer['body'] }));
    });
    req.on('error', reject);
  });
  const sent = once(req, 'finish');
  req.end(body);
  return { sent, answered, abandon: () => req.destroy() };
}

describe('analyses on worker threads', () => {
  let db: GraphDb;
  const servers: Awaited<ReturnType<typeof startTestServer>>[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer(db, env);
    servers.push(server);
    return server;
  };
  // The largest graph POST /api/metrics takes: about 1.5–3 s of work each on a 2-core machine.
  const graph = syntheticGraph({ nodes: 5000, edgesPerNode: 4 });
  const heavy = JSON.stringify({ elements: { nodes: graph.nodes, edges: graph.edges } });

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await db.close();
  });

  it('answers /api/health while heavy metrics jobs are waiting and running', async () => {
    const server = await start({ HELIX_ANALYTICS_THREADS: '1' });
    const jobs = Array.from({ length: 4 }, () => post(`${server.url}/api/metrics`, heavy));
    let settled = 0;
    for (const job of jobs) void job.answered.then(() => settled++);
    // Every body is with the server before health is asked: computed on the event loop, all four
    // would be answered first.
    await Promise.all(jobs.map((j) => j.sent));
    const health = await fetch(`${server.url}/api/health`);
    const stillRunning = jobs.length - settled;
    expect(health.status).toBe(200);
    expect(((await health.json()) as { neo4j: { reachable: boolean } }).neo4j.reachable).toBe(true);
    expect(stillRunning).toBeGreaterThan(0);
    const answers = await Promise.all(jobs.map((j) => j.answered));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(Object.keys(a.body.nodes!)).toHaveLength(5000);
    }
  });

  it('refuses analyses beyond the queue with 503 and Retry-After, and takes them again once there is room', async () => {
    const server = await start({ HELIX_ANALYTICS_THREADS: '1', HELIX_ANALYTICS_QUEUE: '1' });
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(`${server.url}/api/metrics`, heavy).answered));
    const refused = answers.filter((a) => a.status === 503);
    // One job runs, one waits, the rest find the queue full.
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    expect(refused).toHaveLength(2);
    for (const a of refused) {
      expect(a.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(a.headers['retry-after'])).toBeGreaterThan(0);
      expect(a.body).toMatchObject({ status: 503, title: 'Analysis queue full' });
      expect(a.body.detail).toMatch(/waiting/);
    }
    const again = await post(`${server.url}/api/metrics`, heavy).answered;
    expect(again.status).toBe(200);
  });

  it('stops the jobs of clients that went away, so that the next one gets their thread', async () => {
    const server = await start({ HELIX_ANALYTICS_THREADS: '1', HELIX_ANALYTICS_QUEUE: '1' });
    const gone = [post(`${server.url}/api/metrics`, heavy), post(`${server.url}/api/metrics`, heavy)];
    await Promise.all(gone.map((g) => g.sent));
    for (const g of gone) {
      g.answered.catch(() => {});
      g.abandon();
    }
    // Let the server see the closed connections (kept, the two jobs would fill thread and queue).
    await new Promise((r) => setTimeout(r, 300));
    const next = await post(`${server.url}/api/metrics`, heavy).answered;
    expect(next.status).toBe(200);
  });

  it('stops a job over the time limit and says so', async () => {
    const server = await start({ HELIX_ANALYTICS_THREADS: '1', HELIX_ANALYTICS_TIMEOUT_MS: '100' });
    const answer = await post(`${server.url}/api/metrics`, heavy).answered;
    expect(answer.status).toBe(504);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 504, title: 'Analysis timed out' });
    expect(answer.body.detail).toMatch(/HELIX_ANALYTICS_TIMEOUT_MS/);
  });
});
