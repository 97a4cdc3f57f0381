import { describe, it, expect } from 'vitest';
import { computeMetrics } from '../../../server/analytics/index.ts';
import { graphOf } from './fixtures.ts';

const path = () =>
  graphOf(
    ['a', 'b', 'c', 'd', 'e'],
    [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']],
  );
const star = () =>
  graphOf(
    ['hub', 'l1', 'l2', 'l3', 'l4'],
    [['hub', 'l1'], ['hub', 'l2'], ['hub', 'l3'], ['hub', 'l4']],
  );
// Triangles a-b-c and d-e-f, joined by the bridge c-d.
const bridgedTriangles = () =>
  graphOf(
    ['a', 'b', 'c', 'd', 'e', 'f'],
    [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['d', 'f']],
  );
// Zachary-like club: instructor i and administrator A are tied; each leads a faction in which
// members p1-p2-p3 (q1-q2-q3) form a chain and all know their leader.
const club = () =>
  graphOf(
    ['i', 'p1', 'p2', 'p3', 'A', 'q1', 'q2', 'q3'],
    [
      ['i', 'p1'], ['i', 'p2'], ['i', 'p3'], ['p1', 'p2'], ['p2', 'p3'],
      ['A', 'q1'], ['A', 'q2'], ['A', 'q3'], ['q1', 'q2'], ['q2', 'q3'],
      ['i', 'A'],
    ],
  );

describe('computeMetrics on a path a-b-c-d-e', () => {
  const { nodes } = computeMetrics(path());

  it('counts degree', () => {
    expect([nodes.a!.degree, nodes.b!.degree, nodes.c!.degree]).toEqual([1, 2, 2]);
  });

  it('gives normalised betweenness', () => {
    // Pairs of other nodes: C(4,2) = 6. b lies between a and {c,d,e}: 3/6. c lies between
    // {a,b} and {d,e}: 4/6. End points lie on nothing.
    expect(nodes.a!.betweenness).toBe(0);
    expect(nodes.b!.betweenness).toBeCloseTo(0.5, 12);
    expect(nodes.c!.betweenness).toBeCloseTo(4 / 6, 12);
    expect(nodes.d!.betweenness).toBeCloseTo(0.5, 12);
  });

  it('gives closeness as (n-1) / sum of distances', () => {
    // a: 1+2+3+4 = 10 → 4/10; b: 1+1+2+3 = 7 → 4/7; c: 2+1+1+2 = 6 → 4/6.
    expect(nodes.a!.closeness).toBeCloseTo(0.4, 12);
    expect(nodes.b!.closeness).toBeCloseTo(4 / 7, 12);
    expect(nodes.c!.closeness).toBeCloseTo(4 / 6, 12);
  });

  it('has no clustering', () => {
    expect(Object.values(nodes).every((m) => m.clustering === 0)).toBe(true);
  });
});

describe('computeMetrics on a star with four leaves', () => {
  const result = computeMetrics(star());
  const { hub, l1 } = result.nodes;

  it('puts the hub on every path between leaves', () => {
    expect(hub!.degree).toBe(4);
    expect(hub!.betweenness).toBeCloseTo(1, 12);
    expect(l1!.betweenness).toBe(0);
    // Hub: 4/4. Leaf: 1 + 2+2+2 = 7 → 4/7.
    expect(hub!.closeness).toBeCloseTo(1, 12);
    expect(l1!.closeness).toBeCloseTo(4 / 7, 12);
  });

  it('gives PageRank solved by hand', () => {
    // Leaves x, hub y, α = 0.85: y = 0.03 + 0.85·4x, x = 0.03 + 0.85·y/4
    // → x = 0.036375 / 0.2775 = 97/740, y = 1 − 4x = 352/740.
    expect(l1!.pagerank).toBeCloseTo(97 / 740, 7);
    expect(hub!.pagerank).toBeCloseTo(352 / 740, 7);
  });

  it('gives the principal eigenvector, unit length', () => {
    // λ = 2: hub = 2 · leaf; hub² + 4 leaf² = 1 → hub = 1/√2, leaf = 1/(2√2).
    expect(result.eigenvector).toEqual({ converged: true });
    expect(hub!.eigenvector).toBeCloseTo(Math.SQRT1_2, 5);
    expect(l1!.eigenvector).toBeCloseTo(Math.SQRT1_2 / 2, 5);
  });
});

describe('computeMetrics on two triangles joined by a bridge', () => {
  const result = computeMetrics(bridgedTriangles(), { seed: 7 });
  const { a, c, d, f } = result.nodes;

  it('finds the bridge ends as brokers', () => {
    // c lies between {a,b} and {d,e,f}: 6 of C(5,2) = 10 pairs.
    expect(c!.betweenness).toBeCloseTo(0.6, 12);
    expect(d!.betweenness).toBeCloseTo(0.6, 12);
    expect(a!.betweenness).toBe(0);
    // a: 1+1+2+3+3 = 10 → 5/10; c: 1+1+1+2+2 = 7 → 5/7.
    expect(a!.closeness).toBeCloseTo(0.5, 12);
    expect(c!.closeness).toBeCloseTo(5 / 7, 12);
  });

  it('gives clustering 1 inside a triangle and 1/3 at a bridge end', () => {
    // c's neighbours a, b, d: only a-b of the three pairs is tied.
    expect(a!.clustering).toBe(1);
    expect(f!.clustering).toBe(1);
    expect(c!.clustering).toBeCloseTo(1 / 3, 12);
  });

  it('splits the triangles into two communities with modularity 5/14', () => {
    // m = 7; each side has 3 internal edges and degree sum 7: 2 · (3/7 − (7/14)²) = 5/14.
    expect(result.communities.count).toBe(2);
    expect(result.communities.modularity).toBeCloseTo(5 / 14, 12);
    expect(a!.community).toBe(c!.community);
    expect(d!.community).toBe(f!.community);
    expect(c!.community).not.toBe(d!.community);
  });
});

describe('computeMetrics on a Zachary-like club', () => {
  const result = computeMetrics(club(), { seed: 3 });
  const m = result.nodes;

  it('ranks the two leaders first on degree, betweenness and closeness', () => {
    expect(m.i!.degree).toBe(4);
    expect(m.p2!.degree).toBe(3);
    // n = 8, C(7,2) = 21 pairs. i carries all 3 × 4 pairs between its members and A's side,
    // and half of p1–p3 (p1-i-p3 and p1-p2-p3 tie): 12.5/21. p2 carries the other half.
    expect(m.i!.betweenness).toBeCloseTo(12.5 / 21, 12);
    expect(m.p2!.betweenness).toBeCloseTo(0.5 / 21, 12);
    expect(m.p1!.betweenness).toBe(0);
    // i: 1+1+1 (members) + 1 (A) + 2+2+2 = 10 → 7/10. p2: 1+1+1 + 2 + 3+3+3 = 14 → 7/14.
    expect(m.i!.closeness).toBeCloseTo(0.7, 12);
    expect(m.p2!.closeness).toBeCloseTo(0.5, 12);
  });

  it('gives clustering from the ties among neighbours', () => {
    // i: p1-p2 and p2-p3 among its 6 neighbour pairs; p2: i-p1 and i-p3 of 3; p1: i-p2 of 1.
    expect(m.i!.clustering).toBeCloseTo(1 / 3, 12);
    expect(m.p2!.clustering).toBeCloseTo(2 / 3, 12);
    expect(m.p1!.clustering).toBe(1);
  });

  it('recovers the two factions (the best split, modularity 9/22)', () => {
    // m = 11; each faction 5 internal edges, degree sum 11: 2 · (5/11 − 1/4) = 9/22.
    expect(result.communities.count).toBe(2);
    expect(result.communities.modularity).toBeCloseTo(9 / 22, 12);
    const left = new Set(['i', 'p1', 'p2', 'p3'].map((id) => m[id]!.community));
    const right = new Set(['A', 'q1', 'q2', 'q3'].map((id) => m[id]!.community));
    expect(left.size).toBe(1);
    expect(right.size).toBe(1);
    expect([...left][0]).not.toBe([...right][0]);
  });
});

describe('computeMetrics, robustness', () => {
  it('gives the same communities for the same seed', () => {
    const first = computeMetrics(club(), { seed: 42 });
    const second = computeMetrics(club(), { seed: 42 });
    expect(second.nodes).toEqual(first.nodes);
  });

  it('uses tie weights for weighted degree, PageRank and communities', () => {
    const graph = graphOf(['a', 'b', 'c'], [['a', 'b', { weight: 5 }], ['b', 'c'], ['a', 'b', { type: 'MEMBER_OF' }]]);
    const { nodes } = computeMetrics(graph);
    expect(nodes.a!.degree).toBe(1);
    expect(nodes.a!.weightedDegree).toBe(6);
    expect(nodes.b!.weightedDegree).toBe(7);
    expect(nodes.a!.pagerank).toBeGreaterThan(nodes.c!.pagerank);
  });

  it('handles a disconnected graph with isolated nodes without throwing', () => {
    const graph = graphOf(['a', 'b', 'c', 'x', 'y', 'lonely'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y']]);
    const result = computeMetrics(graph);
    expect(result.components).toBe(3);
    expect(result.nodes.lonely).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, clustering: 0 });
    // Wasserman–Faust closeness scales by reach: x reaches 1 of 5 others at distance 1 → 1 · 1/5.
    expect(result.nodes.x!.closeness).toBeCloseTo(0.2, 12);
    expect(result.nodes.a!.closeness).toBeCloseTo(2 / 5, 12);
    for (const metrics of Object.values(result.nodes)) expect(Number.isFinite(metrics.eigenvector)).toBe(true);
  });

  it('falls back to degree when eigenvector centrality does not converge, and says so', () => {
    const result = computeMetrics(star(), { eigenvectorMaxIterations: 1 });
    expect(result.eigenvector).toEqual({ converged: false, fallback: 'degree' });
    // Degrees 4,1,1,1,1 scaled to unit length: norm √20.
    expect(result.nodes.hub!.eigenvector).toBeCloseTo(4 / Math.sqrt(20), 12);
    expect(result.nodes.l1!.eigenvector).toBeCloseTo(1 / Math.sqrt(20), 12);
  });

  it('answers for an empty graph and for a graph without edges', () => {
    expect(computeMetrics(graphOf([], []))).toMatchObject({ nodeCount: 0, nodes: {}, approximate: false });
    const loose = computeMetrics(graphOf(['a', 'b'], []));
    expect(loose.communities.count).toBe(2);
    expect(loose.nodes.a).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, pagerank: 0.5 });
  });

  it('rejects a sample size that is not a positive whole number', () => {
    expect(() => computeMetrics(club(), { exactWorkLimit: 1, betweennessSample: 0 })).toThrow(/betweennessSample/);
    expect(() => computeMetrics(club(), { betweennessSample: 2.5 })).toThrow(RangeError);
  });

  it('is exact below the size threshold', () => {
    const result = computeMetrics(club());
    expect(result.approximate).toBe(false);
    expect(result.betweennessSample).toBeUndefined();
  });
});
