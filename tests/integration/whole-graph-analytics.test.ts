import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import modularity from 'graphology-metrics/graph/modularity.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsStatus, ScopeMetrics, TripleHelix } from '../../contract/index.ts';
import { brokerage } from '../../server/analytics/brokerage.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { fetchJson, startSeededServer, startTestServer } from '../support/http.ts';
import { expectFiguresOfWholeScope } from '../support/helix-figures.ts';

// The whole-graph analytics job on the seeds: what it stores on every actor is checked against
// the same figures worked out here from the graph as Neo4j holds it (graphology, and peeling and
// pair counting by hand), and the views of a scope too large to draw use them.

const TOKEN = 'whole-graph-test-token-0123456789';

interface StoredActor {
  id: string;
  helix: string | null;
  degree: number;
  weightedDegree: number;
  pagerank: number;
  community: number;
  kcore: number;
  betweenness: number;
  brokerageTotal: number;
  brokerageLiaison: number;
  metricsAt: string | null;
}

describe('whole-graph analytics written back on the actors', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let status: AnalyticsStatus;
  const run = (headers: Record<string, string> = {}) => fetch(`${server.url}/api/analytics/run`, { method: 'POST', headers });

  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_API_TOKEN: TOKEN }));
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('runs only with the token, and reports its progress until the metrics are written', async () => {
    const refused = await run();
    expect(refused.status).toBe(401);
    expect((await fetchJson<AnalyticsStatus>(`${server.url}/api/analytics/status`)).body).toMatchObject({ state: 'idle', last: null, stale: true });
    const [unwritten] = await db.read<{ n: number }>('MATCH (a:Actor) WHERE a.metricsAt IS NOT NULL RETURN count(a) AS n');
    expect(unwritten!.n).toBe(0);

    const started = await run({ Authorization: `Bearer ${TOKEN}` });
    expect(started.status).toBe(202);
    const answer = (await started.json()) as { started: boolean; status: AnalyticsStatus };
    expect(answer.started).toBe(true);
    expect(answer.status.state).toBe('running');
    const phases = new Set<string>();
    do {
      status = (await fetchJson<AnalyticsStatus>(`${server.url}/api/analytics/status`)).body;
      if (status.progress) phases.add(status.progress.phase);
    } while (status.state === 'running');
    expect(status.state).toBe('done');
    expect(status.stale).toBe(false);
    expect(phases.size).toBeGreaterThan(0);
    const [actors] = await db.read<{ n: number; written: number }>('MATCH (a:Actor) RETURN count(a) AS n, count(a.metricsAt) AS written');
    expect(actors!.written).toBe(actors!.n);
    expect(status.last?.summary.nodeCount).toBe(actors!.n);
  });

  async function graphHere() {
    const actors = await db.read<StoredActor>(
      'MATCH (a:Actor) RETURN a.id AS id, a.helix AS helix, a.degree AS degree, a.weightedDegree AS weightedDegree, a.pagerank AS pagerank, a.community AS community, a.kcore AS kcore, a.betweenness AS betweenness, a.brokerageTotal AS brokerageTotal, a.brokerageLiaison AS brokerageLiaison, a.metricsAt AS metricsAt',
    );
    const links = await db.read<{ a: string; b: string; w: number | null }>('MATCH (a:Actor)-[r:COLLABORATES_WITH]->(b:Actor) WHERE a <> b RETURN a.id AS a, b.id AS b, r.weight AS w');
    const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
    for (const a of actors) graph.addNode(a.id);
    for (const { a, b, w } of links) {
      const edge = graph.edge(a, b);
      if (edge) graph.updateEdgeAttribute(edge, 'weight', (x) => (x ?? 0) + (w ?? 1));
      else graph.addEdge(a, b, { weight: w ?? 1 });
    }
    return { actors, graph };
  }

  it('stores degree, weighted degree, PageRank and exact betweenness equal to graphology on the same graph', async () => {
    const { actors, graph } = await graphHere();
    expect(graph.size).toBeGreaterThan(10);
    const ranks = pagerank(graph, { getEdgeWeight: 'weight', tolerance: 1e-9, maxIterations: 1000 });
    const between = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    expect(status.last?.summary.betweenness.approximate).toBe(false);
    for (const a of actors) {
      expect(a.degree, a.id).toBe(graph.degree(a.id));
      expect(a.weightedDegree, a.id).toBe(graph.reduceEdges(a.id, (sum, _e, attrs) => sum + attrs.weight, 0));
      expect(a.pagerank, a.id).toBeCloseTo(ranks[a.id]!, 6);
      expect(a.betweenness, a.id).toBeCloseTo(between[a.id]!, 9);
      expect(a.metricsAt).toBe(status.last?.at);
    }
  });

  it('stores Louvain communities whose count and modularity the summary states, close to a fresh Louvain run', async () => {
    const { actors, graph } = await graphHere();
    const assignment = Object.fromEntries(actors.map((a) => [a.id, a.community]));
    const summary = status.last!.summary;
    expect(new Set(actors.map((a) => a.community)).size).toBe(summary.communities.count);
    expect(modularity(graph, { getNodeCommunity: (n) => assignment[n]!, getEdgeWeight: 'weight' })).toBeCloseTo(summary.communities.modularity, 9);
    // Louvain is a heuristic: another run lands near, not on, the same partition.
    const fresh = louvain.detailed(graph, { getEdgeWeight: 'weight' });
    expect(Math.abs(fresh.modularity - summary.communities.modularity)).toBeLessThan(0.05);
  });

  it('stores each actor’s k-core, as peeling the graph by hand finds it', async () => {
    const { actors, graph } = await graphHere();
    // Peel: for k = 1, 2, …, drop every node with fewer than k neighbours left until none is;
    // a node dropped while peeling for k has core number k − 1.
    const left = new Map(graph.nodes().map((n) => [n, new Set(graph.neighbors(n))]));
    const core = new Map<string, number>();
    for (let k = 1; left.size > 0; k++) {
      let dropped = true;
      while (dropped) {
        dropped = false;
        for (const [n, around] of left) {
          if (around.size >= k) continue;
          core.set(n, k - 1);
          for (const m of around) left.get(m)?.delete(n);
          left.delete(n);
          dropped = true;
        }
      }
    }
    for (const a of actors) expect(a.kcore, a.id).toBe(core.get(a.id));
    expect(Math.max(...actors.map((a) => a.kcore))).toBeGreaterThan(1);
  });

  it('stores helix brokerage equal to visiting every pair of every broker’s neighbours', async () => {
    const { actors, graph } = await graphHere();
    const helixOf = new Map(actors.filter((a) => a.helix).map((a) => [a.id, a.helix!]));
    const neighbours = new Map([...helixOf.keys()].map((id) => [id, new Set(graph.neighbors(id).filter((n) => helixOf.has(n)))]));
    const counted = brokerage(neighbours, (id) => helixOf.get(id)!);
    for (const a of actors) {
      expect(a.brokerageTotal, a.id).toBe(counted.byNode[a.id]?.total ?? 0);
      expect(a.brokerageLiaison, a.id).toBe(counted.byNode[a.id]?.liaison ?? 0);
    }
    expect(status.last?.summary.brokerage).toEqual(counted.totals);
    expect(counted.totals.total).toBeGreaterThan(0);
  });

  it('answers the triple helix and metrics of everything, drawn cut, with the figures of the whole graph', async () => {
    const full = (await fetchJson<TripleHelix>(`${server.url}/api/triple-helix?scope=all`)).body;
    const small = await startTestServer(db, { HELIX_RESULT_LIMIT: '10' });
    try {
      const cut = await fetchJson<TripleHelix>(`${small.url}/api/triple-helix?scope=all`);
      expect(cut.status).toBe(200);
      expect(cut.body.nodes).toHaveLength(10);
      expect(cut.body.summary).toMatchObject({ truncated: true, actors: 10, drawn: { total: full.nodes.length, shown: 10, by: 'pagerank', statistics: 'scope', brokerage: 'stored', stale: false } });
      // the ten with the highest stored PageRank
      const ranked = await db.read<{ id: string }>('MATCH (a:Actor) RETURN a.id AS id ORDER BY a.pagerank DESC, a.id LIMIT 10');
      expect(cut.body.nodes.map((n) => n.data.id).sort()).toEqual(ranked.map((r) => `Actor:${r.id}`).sort());
      // the figures of the whole graph, as the uncut answer counts them over every actor and tie
      expect(cut.body.stats.matrix).toEqual(full.stats.matrix);
      expect(cut.body.stats.weightedMatrix).toEqual(full.stats.weightedMatrix);
      expect(cut.body.stats.actors).toEqual(full.stats.actors);
      expect(cut.body.stats.isolated).toEqual(full.stats.isolated);
      expect(cut.body.stats.ei).toEqual(full.stats.ei);
      expect(cut.body.stats.thin).toEqual(full.stats.thin);
      expect(cut.body.stats.brokerage.totals).toEqual(full.stats.brokerage.totals);

      const metrics = await fetchJson<ScopeMetrics>(`${small.url}/api/metrics?scope=all`);
      expect(metrics.status).toBe(200);
      expect(metrics.body.nodeCount).toBe(full.nodes.length);
      expect(metrics.body.communities).toEqual(status.last!.summary.communities);
      expect(metrics.body.summary.drawn).toMatchObject({ total: full.nodes.length, shown: 10, metrics: 'stored' });
      const [top] = await db.read<{ pagerank: number; degree: number }>('MATCH (a:Actor {id: $id}) RETURN a.pagerank AS pagerank, a.degree AS degree', { id: ranked[0]!.id });
      expect(metrics.body.nodes[`Actor:${ranked[0]!.id}`]).toMatchObject(top!);
    } finally {
      await small.close();
    }
  });

  it('answers the triple helix of everything in a period from the stored run, with the figures the uncut answer counts', async () => {
    const small = await startTestServer(db, { HELIX_RESULT_LIMIT: '10' });
    try {
      // the seeds' ties without years count in a period with both ends in it, unless undated records
      // are hidden; their one dated tie is of 2012, and the founders of SIM founded it in 2009
      for (const query of ['period=2010-2015', 'period=2019-2020', 'period=2005-2013&undated=hide', 'period=2009-2016&undated=hide']) {
        const full = (await fetchJson<TripleHelix>(`${server.url}/api/triple-helix?scope=all&${query}`)).body;
        expect(full.nodes.length, query).toBeGreaterThan(10);
        const cut = await fetchJson<TripleHelix>(`${small.url}/api/triple-helix?scope=all&${query}`);
        expect(cut.status, query).toBe(200);
        // the figures are of the stored run (weighed from its profile of every tie), not counted tie by tie
        expect(cut.body.summary.drawn, query).toMatchObject({ total: full.nodes.length, statistics: 'scope', metricsAt: status.last!.at, stale: false });
        expectFiguresOfWholeScope(cut.body, full, query);
        // its metrics, drawn cut too, say how many actors the period holds
        const metrics = await fetchJson<ScopeMetrics>(`${small.url}/api/metrics?scope=all&${query}`);
        expect(metrics.status, query).toBe(200);
        expect(metrics.body.summary.drawn, query).toMatchObject({ total: full.nodes.length, shown: 10 });
      }
    } finally {
      await small.close();
    }
  });

  it('marks the stored metrics stale when the data changes, and fresh again after another run', async () => {
    await db.writeCypher("MATCH (a:Actor {id: 'vito'}) SET a.note = 'changed'");
    status = (await fetchJson<AnalyticsStatus>(`${server.url}/api/analytics/status`)).body;
    expect(status.stale).toBe(true);
    const small = await startTestServer(db, { HELIX_RESULT_LIMIT: '10' });
    try {
      // another app instance on the same database hears it from the stored run
      await expect.poll(async () => (await fetchJson<TripleHelix>(`${small.url}/api/triple-helix?scope=all`)).body.summary.drawn?.stale).toBe(true);
    } finally {
      await small.close();
    }
    await run({ Authorization: `Bearer ${TOKEN}` });
    do status = (await fetchJson<AnalyticsStatus>(`${server.url}/api/analytics/status`)).body;
    while (status.state === 'running');
    expect(status).toMatchObject({ state: 'done', stale: false });
  });

  it('answers a scope holding every actor (as H2020 holds every organisation of its CORDIS import) with the stored figures of everything, and one actor short — the most collaborating — with them less its own', async () => {
    await db.writeCypher(`CREATE (:Policy {id: 'every-actor', name: 'Issued by every actor'}), (:Policy {id: 'all-but-one', name: 'Issued by all but one'})
      WITH 1 AS one MATCH (a:Actor) WITH a ORDER BY COUNT { (a)-[:COLLABORATES_WITH]-() } DESC, a.id WITH collect(a) AS actors
      MATCH (every:Policy {id: 'every-actor'}), (most:Policy {id: 'all-but-one'})
      FOREACH (a IN actors | CREATE (a)-[:ISSUED]->(every))
      FOREACH (a IN actors[1..] | CREATE (a)-[:ISSUED]->(most))`);
    await run({ Authorization: `Bearer ${TOKEN}` });
    do status = (await fetchJson<AnalyticsStatus>(`${server.url}/api/analytics/status`)).body;
    while (status.state === 'running');
    expect(status).toMatchObject({ state: 'done', stale: false });
    const small = await startTestServer(db, { HELIX_RESULT_LIMIT: '10' });
    try {
      const all = (await fetchJson<TripleHelix>(`${small.url}/api/triple-helix?scope=all`)).body;
      const every = await fetchJson<TripleHelix>(`${small.url}/api/triple-helix?scope=policy&id=Policy:every-actor`);
      expect(every.status).toBe(200);
      expect(every.body.summary.drawn).toMatchObject({ total: all.summary.drawn!.total, statistics: 'scope', brokerage: 'stored', stale: false });
      expect(every.body.stats.matrix).toEqual(all.stats.matrix);
      expect(every.body.stats.brokerage.totals).toEqual(all.stats.brokerage.totals);
      const most = await fetchJson<TripleHelix>(`${small.url}/api/triple-helix?scope=policy&id=Policy:all-but-one`);
      expect(most.status).toBe(200);
      // the stored figures of everything less the one actor left out and its ties (the run named), as the uncut answer counts the scope
      expect(most.body.summary.drawn).toMatchObject({ total: all.summary.drawn!.total - 1, statistics: 'scope', metricsAt: status.last!.at, stale: false });
      expect(most.body.summary.drawn!.brokerage).not.toBe('stored');
      const uncut = (await fetchJson<TripleHelix>(`${server.url}/api/triple-helix?scope=policy&id=Policy:all-but-one`)).body;
      expect(uncut.summary.drawn).toBeUndefined();
      expectFiguresOfWholeScope(most.body, uncut, 'all but one');
      const actors = (m: TripleHelix) => Object.values(m.stats.actors).reduce((x, y) => x + y, 0);
      expect(actors(most.body)).toBeLessThan(actors(every.body));
    } finally {
      await small.close();
    }
  });
});
