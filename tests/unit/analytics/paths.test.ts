import { describe, it, expect } from 'vitest';
import { avoidHelix, buildGraph, kShortestPaths, onlyEdgeTypes, type AnalyticsGraph } from '../../../server/analytics/index.ts';
import { graphOf, randomConnected } from './fixtures.ts';

// S and T (industry) are joined through a (academia) and b (government), which also know each
// other; through c (industry) and d (intermediary); and through a long chain e-f-g-h.
// S–a is both a collaboration (sa1) and a membership (sa2); S–b is a membership only.
// All simple S→T paths: S-a-T, S-b-T (2 hops); S-a-b-T, S-b-a-T, S-c-d-T (3); S-e-f-g-h-T (5).
const network = () =>
  graphOf(
    [
      ['S', 'industry'], ['T', 'industry'], ['a', 'academia'], ['b', 'government'],
      ['c', 'industry'], ['d', 'intermediary'],
      ['e', 'industry'], ['f', 'industry'], ['g', 'industry'], ['h', 'industry'],
      ['z', 'academia'],
    ],
    [
      ['S', 'a', { id: 'sa1' }],
      ['S', 'a', { id: 'sa2', type: 'MEMBER_OF' }],
      ['a', 'T', { id: 'aT' }],
      ['S', 'b', { id: 'Sb', type: 'MEMBER_OF' }],
      ['b', 'T', { id: 'bT' }],
      ['a', 'b', { id: 'ab' }],
      ['S', 'c', { id: 'Sc' }], ['c', 'd', { id: 'cd' }], ['d', 'T', { id: 'dT' }],
      ['S', 'e', { id: 'Se' }], ['e', 'f', { id: 'ef' }], ['f', 'g', { id: 'fg' }], ['g', 'h', { id: 'gh' }], ['h', 'T', { id: 'hT' }],
    ],
  );

const nodesOf = (...args: Parameters<typeof kShortestPaths>) => kShortestPaths(...args).map((p) => p.nodes.join('-'));

describe('kShortestPaths (Yen)', () => {
  const graph = network();

  it('returns the three shortest paths by default, shortest first', () => {
    expect(nodesOf(graph, 'S', 'T')).toEqual(['S-a-T', 'S-b-T', 'S-a-b-T']);
  });

  it('returns up to k paths, ties in id order', () => {
    expect(nodesOf(graph, 'S', 'T', { k: 5 })).toEqual(['S-a-T', 'S-b-T', 'S-a-b-T', 'S-b-a-T', 'S-c-d-T']);
  });

  it('lists the edges of every hop, parallel ones included', () => {
    const [first] = kShortestPaths(graph, 'S', 'T', { k: 1 });
    expect(first).toEqual({ nodes: ['S', 'a', 'T'], edges: [['sa1', 'sa2'], ['aT']], hops: 2 });
  });

  it('respects the hop limit', () => {
    expect(nodesOf(graph, 'S', 'T', { k: 5, maxHops: 2 })).toEqual(['S-a-T', 'S-b-T']);
  });

  it('avoids a helix, and the hop limit then cuts the long detour', () => {
    const excludeNode = avoidHelix('academia', 'government');
    expect(nodesOf(graph, 'S', 'T', { k: 5, excludeNode })).toEqual(['S-c-d-T', 'S-e-f-g-h-T']);
    expect(nodesOf(graph, 'S', 'T', { k: 5, excludeNode, maxHops: 4 })).toEqual(['S-c-d-T']);
  });

  it('never excludes the end points themselves', () => {
    const excludeNode = avoidHelix('industry');
    expect(nodesOf(graph, 'S', 'T', { k: 5, excludeNode })).toEqual(['S-a-T', 'S-b-T', 'S-a-b-T', 'S-b-a-T']);
  });

  it('keeps to collaboration edges when asked, and reports only those', () => {
    const paths = kShortestPaths(graph, 'S', 'T', { k: 5, excludeEdge: onlyEdgeTypes('COLLABORATES_WITH') });
    expect(paths.map((p) => p.nodes.join('-'))).toEqual(['S-a-T', 'S-a-b-T', 'S-c-d-T', 'S-e-f-g-h-T']);
    expect(paths[0]!.edges).toEqual([['sa1'], ['aT']]);
  });

  it('returns no path when the target cannot be reached', () => {
    expect(kShortestPaths(graph, 'S', 'z')).toEqual([]);
  });

  it('rejects k above 5, hops above 6, unknown nodes and equal ends', () => {
    expect(() => kShortestPaths(graph, 'S', 'T', { k: 6 })).toThrow(/k must be a whole number from 1 to 5/);
    expect(() => kShortestPaths(graph, 'S', 'T', { k: 0 })).toThrow(RangeError);
    expect(() => kShortestPaths(graph, 'S', 'T', { maxHops: 7 })).toThrow(/maxHops must be a whole number from 1 to 6/);
    expect(() => kShortestPaths(graph, 'S', 'nowhere')).toThrow(/node "nowhere" is not in the graph/);
    expect(() => kShortestPaths(graph, 'S', 'S')).toThrow(/same node/);
  });
});

/** Every simple path of at most maxHops, by depth-first search, ordered as Yen's should be. */
function allSimplePaths(graph: AnalyticsGraph, source: string, target: string, maxHops: number): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === target) {
      found.push(path);
      return;
    }
    if (path.length > maxHops) return;
    for (const next of graph.neighbors(last)) if (!path.includes(next)) walk([...path, next]);
  };
  walk([source]);
  const key = (p: string[]) => p.join('\u0000');
  return found.sort((a, b) => a.length - b.length || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('kShortestPaths against brute-force enumeration', () => {
  it.each([
    [12, 10, 5],
    [15, 18, 8],
    [10, 25, 13],
  ])('on a random graph of %i nodes (+%i edges, seed %i) gives the first k of all simple paths', (n, extra, seed) => {
    const graph = buildGraph(randomConnected(n, extra, seed));
    for (const [source, target] of [['v0', `v${n - 1}`], ['v1', `v${n - 2}`]] as const) {
      for (const maxHops of [3, 6]) {
        const expected = allSimplePaths(graph, source, target, maxHops).slice(0, 5).map((p) => p.join('-'));
        if (maxHops === 6) expect(expected).toHaveLength(5);
        expect(nodesOf(graph, source, target, { k: 5, maxHops })).toEqual(expected);
      }
    }
  });
});
