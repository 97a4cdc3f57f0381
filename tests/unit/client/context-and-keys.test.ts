import { describe, expect, it } from 'vitest';
import { nextInDirection } from '../../../client/src/canvas/behaviours/navigate.ts';
import { contextOf, paramsFor, viewsFor } from '../../../client/src/context.ts';
import { barScale, formatValue, metricName } from '../../../client/src/views/sector/figures.ts';

describe('moving between nodes with the arrow keys', () => {
  const points = [
    { id: 'c', x: 0, y: 0 },
    { id: 'right-near', x: 10, y: 3 },
    { id: 'right-far', x: 50, y: 0 },
    { id: 'above', x: 2, y: -20 },
    { id: 'diagonal', x: 8, y: 9 },
  ];
  const from = points[0]!;
  it('goes to the nearest node ahead, preferring the one straight ahead', () => {
    expect(nextInDirection(from, points, 'right')?.id).toBe('right-near');
    expect(nextInDirection(from, points, 'up')?.id).toBe('above');
    expect(nextInDirection(from, points, 'down')?.id).toBe('diagonal');
  });
  it('stays put when nothing lies in that direction', () => {
    expect(nextInDirection(from, points, 'left')).toBeNull();
  });
});

describe('the context carried from view to view', () => {
  it('reads the sector of the triple helix and opens the profile, cross-sector and explorer on it', () => {
    const ctx = contextOf('/triple-helix', '?scope=sector&id=Sector%3Asector-chemistry&idLabel=Chemie&sel=Actor%3Avito');
    expect(ctx.sector).toEqual({ id: 'Sector:sector-chemistry', label: 'Chemie' });
    expect(ctx.actor).toEqual({ id: 'Actor:vito' });
    expect(paramsFor('/sectors', ctx)).toEqual({ id: 'Sector:sector-chemistry' });
    expect(paramsFor('/triple-helix', ctx)).toEqual({ scope: 'sector', id: 'Sector:sector-chemistry', idLabel: 'Chemie' });
    expect(paramsFor('/partners', ctx)).toEqual({ actors: 'Actor:vito' });
    expect(paramsFor('/', ctx)).toEqual({ ids: 'Actor:vito', sel: 'Actor:vito' });
  });
  it('carries the map’s sector and region to other views, and a sector picked elsewhere to the map', () => {
    const ctx = contextOf('/map', '?level=3&sector=Sector%3Asector-chemistry&sectorLabel=Chemie&region=BE211&sel=Region%3Aarrondissement-antwerpen');
    expect(ctx.sector).toEqual({ id: 'Sector:sector-chemistry', label: 'Chemie' });
    expect(ctx.region).toEqual({ id: 'Region:arrondissement-antwerpen' });
    expect(paramsFor('/sectors', ctx)).toEqual({ id: 'Sector:sector-chemistry' });
    expect(paramsFor('/map', ctx)).toEqual({ sel: 'Region:arrondissement-antwerpen', sector: 'Sector:sector-chemistry', sectorLabel: 'Chemie' });
    const fromHelix = contextOf('/triple-helix', '?scope=sector&id=Sector%3Asector-chemistry&idLabel=Chemie');
    expect(paramsFor('/map', fromHelix)).toEqual({ sector: 'Sector:sector-chemistry', sectorLabel: 'Chemie' });
    expect(viewsFor('Sector:sector-chemistry', 'Chemie').find((v) => v.path === '/map')?.params).toEqual({ sector: 'Sector:sector-chemistry', sectorLabel: 'Chemie' });
  });
  it('opens a view on its defaults when there is nothing to carry', () => {
    expect(paramsFor('/sectors', contextOf('/console', '?q=MATCH'))).toEqual({});
  });
  it('offers the views that fit each kind of node', () => {
    expect(viewsFor('Sector:x').map((v) => v.path)).toEqual(['/triple-helix', '/sectors', '/map', '/']);
    expect(viewsFor('Region:x').map((v) => v.path)).toEqual(['/triple-helix', '/map', '/']);
    expect(viewsFor('Actor:x').map((v) => v.path)).toEqual(['/partners', '/paths', '/']);
    expect(viewsFor('Policy:x')).toEqual([{ path: '/', params: { ids: 'Policy:x', sel: 'Policy:x' } }]);
  });
});

describe('key figures in words', () => {
  const source = { sector: 'Sector:a', label: 'A', table: null };
  it('names metrics and writes units in the reader’s language', () => {
    expect(metricName({ metric: 'employment_specialisation_index_trend_2000_2007' }, 'en')).toBe('Employment specialisation index, change 2000–2007');
    expect(metricName({ metric: 'employees' }, 'nl')).toBe('Werknemers');
    expect(metricName({ metric: 'patents_filed', name: 'Octrooien – chemie (Antwerpen)', nameEn: 'Patents – chemistry (Antwerp)' }, 'en')).toBe('Patents');
    expect(formatValue({ value: 35991, unit: 'employees' }, 'en')).toBe('35,991 employees');
    expect(formatValue({ value: 35991, unit: 'employees' }, 'nl')).toBe('35.991 werknemers');
    expect(formatValue({ value: 5.4, unit: '%' }, 'nl')).toBe('5,4%');
    expect(formatValue({ value: null, unit: 'direction (+, -, =)', printed: '=' }, 'en')).toBe('= unchanged');
  });
  it('scales bars to the largest value of the same unit', () => {
    const figures = [
      { value: 40, unit: '%', source },
      { value: -10, unit: '%', source },
      { value: 7000, unit: 'million EUR', source },
    ];
    const scale = barScale(figures);
    expect(figures.map(scale)).toEqual([1, -0.25, 1]);
  });
});
