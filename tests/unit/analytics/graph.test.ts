import { describe, it, expect } from 'vitest';
import { buildGraph, parseElements } from '../../../server/analytics/index.ts';
import { elementsOf } from './fixtures.ts';

describe('buildGraph', () => {
  it('merges parallel edges into one tie whose weight is the sum (default weight 1)', () => {
    const graph = buildGraph(
      elementsOf(
        ['a', 'b'],
        [
          ['a', 'b', { id: 'collab', weight: 2 }],
          ['b', 'a', { id: 'member', type: 'MEMBER_OF' }],
        ],
      ),
    );
    expect(graph.size).toBe(1);
    const edge = graph.edge('a', 'b')!;
    expect(graph.getEdgeAttribute(edge, 'weight')).toBe(3);
    expect(graph.getEdgeAttribute(edge, 'members').map((e) => e.id)).toEqual(['collab', 'member']);
  });

  it('drops self-loops but keeps the node', () => {
    const graph = buildGraph(elementsOf(['a', 'b'], [['a', 'a'], ['a', 'b']]));
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.degree('a')).toBe(1);
  });

  it('keeps node properties, including ones the schema does not name', () => {
    const graph = buildGraph({
      nodes: [{ data: { id: 'kul', label: 'KU Leuven', type: 'Actor', helix: 'academia', kind: 'university' } }],
      edges: [],
    });
    expect(graph.getNodeAttributes('kul')).toMatchObject({ helix: 'academia', kind: 'university', label: 'KU Leuven' });
  });

  it('rejects an edge to a node that is not in the result, naming both', () => {
    expect(() => buildGraph(elementsOf(['a'], [['a', 'ghost', { id: 'e9' }]]))).toThrow(/edge "e9".*"ghost"/);
  });

  it('rejects duplicate node and edge ids', () => {
    expect(() => buildGraph(elementsOf(['a', 'a'], []))).toThrow(/node "a" appears twice/);
    expect(() =>
      buildGraph(elementsOf(['a', 'b', 'c'], [['a', 'b', { id: 'x' }], ['b', 'c', { id: 'x' }]])),
    ).toThrow(/edge "x" appears twice/);
  });
});

describe('parseElements', () => {
  it('accepts a Cytoscape-shaped result and passes extra properties through', () => {
    const parsed = parseElements({
      nodes: [{ data: { id: 'a', label: 'A', type: 'Actor', helix: 'industry', country: 'BE' } }],
      edges: [],
    });
    expect(parsed.nodes[0]!.data).toEqual({ id: 'a', label: 'A', type: 'Actor', helix: 'industry', country: 'BE' });
  });

  it('rejects an unknown helix and a non-positive weight', () => {
    expect(() => parseElements({ nodes: [{ data: { id: 'a', label: 'A', type: 'Actor', helix: 'media' } }], edges: [] })).toThrow();
    expect(() =>
      parseElements({
        nodes: [],
        edges: [{ data: { id: 'e', source: 'a', target: 'b', type: 'COLLABORATES_WITH', weight: 0 } }],
      }),
    ).toThrow();
  });
});
