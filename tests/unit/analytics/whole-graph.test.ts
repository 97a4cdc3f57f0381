import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { WHOLE_GRAPH_PROPERTIES } from '../../../contract/index.ts';
import { adjacencyOf } from '../../../server/analytics/adjacency.ts';
import { brokerage } from '../../../server/analytics/brokerage.ts';
import { buildGraph } from '../../../server/analytics/graph.ts';
import { coreNumbers } from '../../../server/analytics/kcore.ts';
import { seededRandom } from '../../../server/analytics/random.ts';
import { centralitySampler, sampledCentrality } from '../../../server/analytics/sampled-centrality.ts';
import { brokerageAt, triangleBrokerage } from '../../../server/analytics/triangle-brokerage.ts';
import { betweennessOf, pathsOf, wholeGraphBetweenness, wholeGraphCommunities, wholeGraphMetrics, wholeGraphNeighbourhoods } from '../../../server/analytics/whole-graph.ts';
import { wholeGraphRows } from '../../../server/explore/whole-graph-rows.ts';

const adjacency = (n: number, edges: [number, number][]) => {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b] of edges) if (a !== b && !g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b));
  return adjacencyOf(buildGraph({ nodes: g.nodes().map((id) => ({ data: { id, label: id, type: 'Actor' } })), edges: g.mapEdges((e, _a, s, t) => ({ data: { id: e, source: s, target: t, type: 'COLLABORATES_WITH' } })) }));
};

describe('k-core', () => {
  it('gives a triangle with a tail core 2 for the triangle and 1 for the tail, 0 for an isolated node', () => {
    // 0–1–2 triangle, 2–3 tail, 4 alone
    const adj = adjacency(5, [[0, 1], [1, 2], [0, 2], [2, 3]]);
    const core = coreNumbers(adj);
    expect(adj.ids.map((id) => core[adj.ids.indexOf(id)])).toEqual([2, 2, 2, 1, 0]);
  });
  it('gives every node of a 5-clique core 4', () => {
    const edges: [number, number][] = [];
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) edges.push([a, b]);
    expect([...coreNumbers(adjacency(5, edges))]).toEqual([4, 4, 4, 4, 4]);
  });
});

describe('helix brokerage counted by triangles', () => {
  it('equals visiting every pair of every broker’s neighbours on random graphs with groups', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 20; round++) {
      const n = 5 + Math.floor(random() * 40);
      const edges: [number, number][] = [];
      for (let i = 0; i < n * 3; i++) edges.push([Math.floor(random() * n), Math.floor(random() * n)]);
      const adj = adjacency(n, edges);
      // a few nodes without a group: no broker and no end
      const group = Int8Array.from(adj.ids, () => (random() < 0.1 ? -1 : Math.floor(random() * 4)));
      const grouped = (i: number) => group[i]! >= 0;
      const neighbours = new Map<string, Set<string>>();
      adj.ids.forEach((id, i) => {
        if (!grouped(i)) return;
        const around = new Set<string>();
        for (let j = adj.starts[i]!; j < adj.starts[i + 1]!; j++) if (grouped(adj.neighbors[j]!)) around.add(adj.ids[adj.neighbors[j]!]!);
        neighbours.set(id, around);
      });
      const expected = brokerage(neighbours, (id) => String(group[adj.ids.indexOf(id)]));
      const counted = triangleBrokerage(adj, group, 4);
      expect(counted.totals).toEqual(expected.totals);
      adj.ids.forEach((id, i) => {
        if (grouped(i)) expect(brokerageAt(counted.roles, i), id).toEqual(expected.byNode[id]);
      });
    }
  });
});

describe('whole-graph metrics', () => {
  it('merges a pair linked both ways into one tie with the weights summed, and drops self-links', () => {
    const m = wholeGraphMetrics({ ids: ['a', 'b', 'c'], helix: ['academia', 'industry', null], source: Int32Array.from([0, 1, 2, 1]), target: Int32Array.from([1, 0, 2, 2]), weight: Float64Array.from([2, 3, 5, 1]) });
    expect(Array.from(m.degree)).toEqual([1, 2, 1]);
    expect(Array.from(m.weightedDegree)).toEqual([5, 6, 1]);
    expect(m.summary.edgeCount).toBe(2);
    expect(m.summary.helix.ties.academia.industry).toBe(1);
    // c has no helix: its tie is left out of the helix figures, and b is tied to a helix actor
    expect(m.summary.helix.isolated).toMatchObject({ academia: 0, industry: 0 });
  });

  it('writes the same rows from its three parts computed apart (analysis jobs, cloned between threads) as from one computation', () => {
    const random = seededRandom(5);
    const n = 300;
    const ids = Array.from({ length: n }, (_, i) => `a${i}`);
    const helix = ids.map((_, i) => (['academia', 'industry', 'government', null] as const)[i % 4]!);
    const links = 1200;
    const network = {
      ids,
      helix,
      source: Int32Array.from({ length: links }, () => Math.floor(random() * n)),
      target: Int32Array.from({ length: links }, () => Math.floor(random() * n)),
      weight: Float64Array.from({ length: links }, () => 1 + Math.floor(random() * 3)),
    };
    const whole = wholeGraphMetrics(network);
    const apart = wholeGraphRows(ids, pathsOf(structuredClone(wholeGraphBetweenness(network)), structuredClone(wholeGraphNeighbourhoods(network))), structuredClone(wholeGraphCommunities(network)));
    expect(apart.rows).toHaveLength(n);
    apart.rows.forEach((row, i) => {
      expect(row.id).toBe(ids[i]);
      expect(row.metrics.pagerank).toBe(whole.pagerank[i]);
      expect(row.metrics.community).toBe(whole.community[i]);
      expect(row.metrics.betweenness).toBe(whole.betweenness[i]);
      expect(row.metrics.degree).toBe(whole.degree[i]);
      expect(row.metrics.closeness).toBe(whole.closeness[i]);
      expect(row.metrics.brokerageTotal).toBeGreaterThanOrEqual(0);
      expect(Object.keys(row.metrics).sort()).toEqual([...WHOLE_GRAPH_PROPERTIES].sort());
    });
    expect(apart.summary.communities).toEqual(whole.summary.communities);
    expect(apart.summary.betweenness).toEqual(whole.summary.betweenness);
    expect(apart.summary.helix).toEqual(whole.summary.helix);
  });

  it('finds the PageRank, eigenvector centrality and Louvain communities graphology finds on a graph built from the same links', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 10; round++) {
      const n = 20 + Math.floor(random() * 300);
      const ids = Array.from({ length: n }, (_, i) => (round % 2 ? `actor-${n - i}` : String(1000 + i)));
      const links = n * (1 + Math.floor(random() * 4));
      // parallel links both ways, self-links and weights of 0 among them
      const network = {
        ids,
        helix: ids.map(() => null),
        source: Int32Array.from({ length: links }, () => Math.floor(random() * n)),
        target: Int32Array.from({ length: links }, () => Math.floor(random() * n)),
        weight: Float64Array.from({ length: links }, () => Math.floor(random() * 4)),
      };
      // the job's graph before it read the links in place: a graphology graph of the ties, weights summed
      const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
      for (const id of ids) graph.addNode(id);
      for (let i = 0; i < links; i++) {
        const [s, t] = [ids[network.source[i]!]!, ids[network.target[i]!]!];
        if (s === t) continue;
        const w = network.weight[i]! > 0 ? network.weight[i]! : 1;
        const edge = graph.edge(s, t);
        if (edge) graph.updateEdgeAttribute(edge, 'weight', (x) => x! + w);
        else graph.addUndirectedEdge(s, t, { weight: w });
      }
      const expectedRank = pagerank(graph, { getEdgeWeight: 'weight', tolerance: 1e-9, maxIterations: 1000 });
      const expectedCommunities = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(1) });
      const expectedEigen = eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 200 });
      const found = wholeGraphCommunities(network);
      ids.forEach((id, i) => {
        expect(found.pagerank[i], id).toBe(expectedRank[id]);
        expect(found.eigenvector[i], id).toBe(expectedEigen[id]);
        expect(found.community[i], id).toBe(expectedCommunities.communities[id]);
      });
      expect(found.summary.communities).toEqual({ count: expectedCommunities.count, modularity: expectedCommunities.modularity });
    }
  });

  it('samples betweenness above the exact budget, says so, and states the error it reached', () => {
    const random = seededRandom(3);
    const n = 6000;
    const edges: [number, number][] = [];
    for (let i = 1; i < n; i++) edges.push([i, Math.floor(random() * i)]);
    for (let i = 0; i < n * 10; i++) edges.push([Math.floor(random() * n), Math.floor(random() * n)]);
    const adj = adjacency(n, edges);
    const { estimate } = betweennessOf(adj, adj.neighbors.length / 2, 1);
    expect(estimate.approximate).toBe(true);
    expect(estimate.pivots).toBeGreaterThanOrEqual(64);
    expect(estimate.pivots).toBeLessThan(n);
    expect(estimate.error?.achieved).toBeGreaterThan(0);
  }, 60_000); // a 6,000-node graph, on a shared machine

  it('keeps a pilot’s pivots in the sample it tops up, drawing none twice: topped up to every node, it is exact', () => {
    const random = seededRandom(9);
    const n = 200;
    const edges: [number, number][] = [];
    for (let i = 1; i < 150; i++) edges.push([i, Math.floor(random() * i)]);
    for (let i = 0; i < 300; i++) edges.push([Math.floor(random() * 150), Math.floor(random() * 150)]);
    // small components beside the large one: pairs, a triangle, lone actors
    edges.push([160, 161], [170, 171], [171, 172], [172, 170]);
    const adj = adjacency(n, edges);
    const sampler = centralitySampler(adj);
    sampler.draw(20, seededRandom(1));
    const pilot = sampler.result();
    expect(pilot.pivots).toBeLessThan(n);
    sampler.draw(n, seededRandom(2));
    const topped = sampler.result();
    const exact = sampledCentrality(adj, n, seededRandom(3));
    // every node of a component of two or more searched once: the pivots of the exact run
    expect(topped.pivots).toBe(exact.pivots);
    for (let v = 0; v < n; v++) {
      expect(topped.betweenness[v]).toBeCloseTo(exact.betweenness[v]!, 12);
      expect(topped.closeness[v]).toBeCloseTo(exact.closeness[v]!, 12);
    }
  });
});
