import { describe, it, expect } from 'vitest';
import { buildGraph, computeMetrics } from '../../../server/analytics/index.ts';
import { elementsOf, spearman, xorshift, type EdgeSpec } from './fixtures.ts';

/**
 * A 300-node preferential-attachment graph (each newcomer ties to 2 nodes picked in proportion
 * to degree), so a few hubs carry most shortest paths as in a real ecosystem, plus a small
 * separate component to exercise per-component sampling.
 */
function ecosystem() {
  const rand = xorshift(2024);
  const ends: string[] = ['v0', 'v1'];
  const edges: Array<[string, string, EdgeSpec?]> = [['v0', 'v1']];
  for (let v = 2; v < 300; v++) {
    const targets = new Set<string>();
    while (targets.size < 2) targets.add(ends[Math.floor(rand() * ends.length)]!);
    for (const t of targets) {
      edges.push([`v${v}`, t]);
      ends.push(`v${v}`, t);
    }
  }
  edges.push(['s0', 's1'], ['s1', 's2'], ['s2', 's3']);
  const ids = [...Array.from({ length: 300 }, (_, i) => `v${i}`), 's0', 's1', 's2', 's3'];
  return buildGraph(elementsOf(ids, edges));
}

describe('sampled betweenness above the exactness threshold', () => {
  const graph = ecosystem();
  const exact = computeMetrics(graph);
  // 304 nodes × (304 + 600 edges) ≈ 2.7e5 work units, far above this limit.
  const approx = computeMetrics(graph, { exactWorkLimit: 50_000, seed: 9 });
  const ids = graph.nodes();

  it('says it is approximate and how many pivot sources it used', () => {
    expect(exact.approximate).toBe(false);
    expect(approx.approximate).toBe(true);
    // Default sample: what fits the limit (50 000 / 904 → 55), plus one pivot for the small component.
    expect(approx.betweennessSample).toBeGreaterThanOrEqual(55);
    expect(approx.betweennessSample).toBeLessThan(70);
  });

  it('ranks nodes like the exact betweenness (Spearman > 0.8)', () => {
    const rho = spearman(
      ids.map((id) => exact.nodes[id]!.betweenness),
      ids.map((id) => approx.nodes[id]!.betweenness),
    );
    expect(rho).toBeGreaterThan(0.8);
  });

  it('finds the same top broker, with about the same score', () => {
    const top = (r: typeof exact) => ids.reduce((a, b) => (r.nodes[b]!.betweenness > r.nodes[a]!.betweenness ? b : a));
    const hub = top(exact);
    expect(top(approx)).toBe(hub);
    expect(approx.nodes[hub]!.betweenness / exact.nodes[hub]!.betweenness).toBeCloseTo(1, 1);
    // Summed over all nodes the extrapolation is unbiased, so the totals agree closely.
    const total = (r: typeof exact) => ids.reduce((sum, id) => sum + r.nodes[id]!.betweenness, 0);
    expect(total(approx) / total(exact)).toBeCloseTo(1, 1);
  });

  it('estimates closeness closely too', () => {
    const rho = spearman(
      ids.map((id) => exact.nodes[id]!.closeness),
      ids.map((id) => approx.nodes[id]!.closeness),
    );
    expect(rho).toBeGreaterThan(0.9);
  });

  it('estimates closeness values, not only their order, within a few percent', () => {
    const errors = ids
      .filter((id) => id.startsWith('v'))
      .map((id) => Math.abs(approx.nodes[id]!.closeness / exact.nodes[id]!.closeness - 1))
      .sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length / 2)]).toBeLessThan(0.03);
    expect(errors[errors.length - 1]).toBeLessThan(0.1);
  });

  it('is reproducible for a seed and honours an explicit sample size', () => {
    const again = computeMetrics(graph, { exactWorkLimit: 50_000, seed: 9 });
    expect(again.nodes).toEqual(approx.nodes);
    const small = computeMetrics(graph, { exactWorkLimit: 50_000, betweennessSample: 20, seed: 9 });
    // 20 pivots shared in proportion to size: ⌈20·300/304⌉ = 20 in the big component, 1 in the small.
    expect(small.betweennessSample).toBe(21);
  });

  it('is exact when every node is a pivot', () => {
    const all = computeMetrics(graph, { exactWorkLimit: 1, betweennessSample: 304 });
    expect(all.approximate).toBe(true);
    for (const id of ids) {
      expect(all.nodes[id]!.betweenness).toBeCloseTo(exact.nodes[id]!.betweenness, 12);
      expect(all.nodes[id]!.closeness).toBeCloseTo(exact.nodes[id]!.closeness, 12);
    }
  });
});
