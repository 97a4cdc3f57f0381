// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Helix } from '../../../contract/index.ts';
import { createCore } from '../../../client/src/canvas/core.ts';
import { morphTo } from '../../../client/src/canvas/morph.ts';
import { keepAcrossPeriods } from '../../../client/src/period.ts';

// Another period of the same scene: the canvas changes in place, so a person following the years
// sees the same nodes where they were, new ones beside their partners, and gone ones leave.

const actor = (id: string, helix: Helix = 'industry') => ({ data: { id, label: id, type: 'Actor', helix } });
const tie = (a: string, b: string, weight = 1) => ({ data: { id: `${a}|${b}`, source: a, target: b, type: 'COLLABORATES_WITH', weight } });

describe('the canvas through the years', () => {
  const y2014 = { nodes: [actor('A'), actor('B'), actor('C', 'academia')], edges: [tie('A', 'B'), tie('B', 'C')] };
  const y2015 = { nodes: [actor('A'), actor('B'), actor('D', 'government')], edges: [tie('A', 'B', 3), tie('B', 'D')] };

  it('keeps the nodes of both years where they were, drops the gone ones and takes the new weights', () => {
    const cy = createCore(undefined, y2014);
    cy.getElementById('A').position({ x: 10, y: 20 });
    cy.getElementById('B').position({ x: 200, y: 40 });
    expect(morphTo(cy, y2015)).toEqual({ added: 1, removed: 1 });
    expect(cy.getElementById('A').position()).toEqual({ x: 10, y: 20 });
    expect(cy.getElementById('B').position()).toEqual({ x: 200, y: 40 });
    expect(cy.getElementById('C').empty()).toBe(true);
    expect(cy.getElementById('B|C').empty()).toBe(true);
    expect(cy.getElementById('A|B').data('weight')).toBe(3);
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['A', 'B', 'D']);
  });

  it('places a new node beside the node it links to, not at the origin', () => {
    const cy = createCore(undefined, y2014);
    cy.getElementById('B').position({ x: 500, y: 500 });
    morphTo(cy, y2015);
    const d = cy.getElementById('D').position();
    expect(Math.hypot(d.x - 500, d.y - 500)).toBeLessThan(60);
  });

  it('a mark a period hid (undated) leaves the element when the next period has none', () => {
    const cy = createCore(undefined, { nodes: [actor('A'), actor('B')], edges: [{ data: { ...tie('A', 'B').data, undated: true } }] });
    morphTo(cy, { nodes: [actor('A'), actor('B')], edges: [tie('A', 'B')] });
    expect(cy.getElementById('A|B').data('undated')).toBeUndefined();
  });

  it('while another period of the same question loads, the previous answer stays; another question starts empty', () => {
    const before = { queryKey: ['triple-helix', 'region', 'Region:x', { period: '2014' }] };
    expect(keepAcrossPeriods('old', before, ['triple-helix', 'region', 'Region:x', { period: '2015' }])).toBe('old');
    expect(keepAcrossPeriods('old', before, ['triple-helix', 'region', 'Region:y', { period: '2015' }])).toBeUndefined();
  });
});
