import { describe, expect, it } from 'vitest';
import { applyFilters, FilterParams, filterOptions, filtersFromParams, filtersToParams, NO_FILTERS } from '../../../client/src/graph/filters.ts';
import { parseParams } from '../../../client/src/search-params.ts';
import { scene } from './fixtures.ts';

describe('scene filters', () => {
  it('keeps everything without filters', () => {
    const r = applyFilters(scene, NO_FILTERS);
    expect([r.nodes.size, r.edges.size]).toEqual([7, 6]);
  });

  it('narrows actors by helix, keeps other nodes, and drops links to hidden nodes', () => {
    const r = applyFilters(scene, { ...NO_FILTERS, helix: ['industry', 'academia'] });
    expect([...r.nodes].sort()).toEqual(['Actor:basf', 'Actor:uantwerpen', 'Actor:vito', 'Sector:chemistry', 'Technology:biotech']);
    expect(r.edges.has('e3')).toBe(false); // the port (government) is hidden
    expect(r.edges.has('e1')).toBe(true);
  });

  it('keeps a chosen sector and the nodes linked to it', () => {
    const r = applyFilters(scene, { ...NO_FILTERS, sector: ['Sector:chemistry'] });
    expect([...r.nodes].sort()).toEqual(['Actor:basf', 'Actor:catalisti', 'Sector:chemistry', 'Technology:biotech']);
  });

  it('narrows links by type and minimum weight, counting a link without weight as 1', () => {
    expect([...applyFilters(scene, { ...NO_FILTERS, minWeight: 3 }).edges].sort()).toEqual(['e1', 'e3']);
    expect([...applyFilters(scene, { ...NO_FILTERS, minWeight: 1, relType: ['ACTIVE_IN'] }).edges].sort()).toEqual(['e4', 'e5']);
  });

  it('lists the options of this scene with counts, most common first', () => {
    const o = filterOptions(scene);
    expect(o.helix[0]).toEqual({ value: 'academia', label: 'academia', count: 2 });
    expect(o.relType.map((x) => [x.value, x.count])).toEqual([
      ['COLLABORATES_WITH', 3],
      ['ACTIVE_IN', 2],
      ['ENABLED_BY', 1],
    ]);
    expect(o.sector).toEqual([{ value: 'Sector:chemistry', label: 'Chemie & life sciences', count: 3 }]);
  });

  it('round-trips through the URL', () => {
    const f = { ...NO_FILTERS, helix: ['industry'], sector: ['Sector:chemistry'], minWeight: 2 };
    const params = new URLSearchParams(Object.entries(filtersToParams(f)).filter((e): e is [string, string] => e[1] !== undefined));
    expect(params.toString()).toBe('minw=2&helix=industry&sector=Sector%3Achemistry');
    expect(filtersFromParams(parseParams(FilterParams, params))).toEqual(f);
    // a hand-edited link with a bad weight reads as no weight filter
    expect(filtersFromParams(parseParams(FilterParams, 'minw=heavy&helix=industry')).minWeight).toBeNull();
  });
});
