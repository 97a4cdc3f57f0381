import { describe, expect, it } from 'vitest';
import { scaleSizes } from '../../../client/src/canvas/sizes.ts';
import { sectorOf, tripleHelixPositions, type LayoutNode } from '../../../client/src/canvas/triple-helix-layout.ts';
import { aggregate, grouping } from '../../../client/src/graph/aggregate.ts';
import { mergeElements } from '../../../client/src/graph/merge.ts';
import { scene } from './fixtures.ts';

describe('the triple-helix layout', () => {
  const nodes: LayoutNode[] = [
    ...Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, type: 'Actor', helix: 'government', weight: i })),
    ...Array.from({ length: 50 }, (_, i) => ({ id: `i${i}`, type: 'Actor', helix: 'industry', weight: i })),
    ...Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, type: 'Actor', helix: 'academia', weight: i })),
    ...Array.from({ length: 9 }, (_, i) => ({ id: `m${i}`, type: 'Actor', helix: i % 2 ? 'intermediary' : 'civil_society' })),
    { id: 'Sector:x', type: 'Sector' },
  ];
  const pos = tripleHelixPositions(nodes, 40);
  const inner = 40 * (1.5 + 0.9 * Math.sqrt(9)) - 1; // the first row of each sector sits on this radius

  it('places every actor of a helix in its own third of the circle, intermediaries in the middle', () => {
    expect(pos.size).toBe(nodes.length);
    for (const n of nodes.filter((x) => x.type === 'Actor')) {
      const expected = n.helix === 'intermediary' || n.helix === 'civil_society' ? 'middle' : n.helix;
      expect(sectorOf(pos.get(n.id)!, inner), n.id).toBe(expected);
    }
  });

  it('puts government on top and non-actors on a ring outside all actors', () => {
    const g = pos.get('g29')!;
    expect(g.y).toBeLessThan(0);
    const ring = Math.hypot(pos.get('Sector:x')!.x, pos.get('Sector:x')!.y);
    const furthest = Math.max(...nodes.filter((n) => n.type === 'Actor').map((n) => Math.hypot(pos.get(n.id)!.x, pos.get(n.id)!.y)));
    expect(ring).toBeGreaterThan(furthest);
  });

  it('keeps nodes apart', () => {
    const pts = [...pos.values()];
    let closest = Infinity;
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) closest = Math.min(closest, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
    expect(closest).toBeGreaterThan(15);
  });
});

describe('grouping a large scene', () => {
  it('makes one node per helix with member counts and one weighted link per pair of groups', () => {
    const g = aggregate(scene, grouping(scene, 'helix'));
    const byId = new Map(g.nodes.map((n) => [n.data.id, n.data]));
    expect(byId.get('Group:helix-academia')?.count).toBe(2);
    expect(byId.get('Group:helix-academia')?.label).toBe('academia (2)');
    const acadInd = g.edges.find((e) => [e.data.source, e.data.target].sort().join() === 'Group:helix-academia,Group:helix-industry');
    expect(acadInd?.data.weight).toBe(2);
    expect(g.nodes.reduce((s, n) => s + Number(n.data.count), 0)).toBe(scene.nodes.length);
  });

  it('groups by the sector an actor is active in', () => {
    const g = aggregate(scene, grouping(scene, 'sector'));
    const chem = g.nodes.find((n) => n.data.id === 'Group:sector-Sector:chemistry');
    expect(chem?.data.members).toEqual(['Actor:basf', 'Actor:catalisti', 'Sector:chemistry']);
  });
});

describe('scene helpers', () => {
  it('merges expansions without duplicates or dangling links', () => {
    const more = { nodes: [scene.nodes[0]!, { data: { id: 'Actor:new', label: 'New', type: 'Actor' } }], edges: [{ data: { id: 'x', source: 'Actor:new', target: 'Actor:gone', type: 'MEMBER_OF' } }] };
    const m = mergeElements(scene, more);
    expect(m.nodes).toHaveLength(8);
    expect(m.edges).toHaveLength(6);
  });

  it('sizes nodes from 14 to 56 px by the metric', () => {
    const s = scaleSizes(['a', 'b', 'c'], new Map([['a', 0], ['b', 25], ['c', 100]]));
    expect([s.get('a'), s.get('b'), s.get('c')]).toEqual([14, 35, 56]);
    expect(scaleSizes(['a'], null).get('a')).toBe(20);
  });
});
