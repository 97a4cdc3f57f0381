import { describe, expect, it } from 'vitest';
import { crossSectorNetwork, unitOf, unitsAt } from '../../../server/explore/cross-sector-network.ts';

const sectors = [
  { id: 'chem', parent: null },
  { id: 'pharma', parent: 'chem' },
  { id: 'generics', parent: 'pharma' },
  { id: 'logistics', parent: null },
  { id: 'port', parent: 'logistics' },
];

describe('cross-sector network', () => {
  it('rolls a sub-sector up to its top sector at sector level only, and survives a cycle', () => {
    expect(unitOf(sectors, 'sector')('generics')).toBe('chem');
    expect(unitOf(sectors, 'subsector')('generics')).toBe('generics');
    expect(unitOf([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }], 'sector')('a')).toBe('b');
  });

  it('links two shown sectors by the intersection of their scopes, never a sector and one inside it', () => {
    // Scopes: x is active in generics and port, y in pharma; project p targets chem and logistics.
    const scopes: Record<string, string[]> = {
      chem: ['Actor:x', 'Actor:y', 'Project:p'],
      pharma: ['Actor:x', 'Actor:y'],
      generics: ['Actor:x'],
      logistics: ['Actor:x', 'Project:p'],
      port: ['Actor:x'],
    };
    const members = Object.entries(scopes).flatMap(([sector, ids]) =>
      ids.map((member) => ({ member, type: member.startsWith('Actor:') ? ('Actor' as const) : ('Project' as const), sector })),
    );
    const net = crossSectorNetwork(sectors, members, [], 'sector');
    expect(net.links).toEqual([{ a: 'chem', b: 'logistics', actors: ['Actor:x'], projects: ['Project:p'] }]);
    expect(net.sectors).toEqual(['chem', 'logistics']);
    const sub = crossSectorNetwork(sectors, members, [], 'subsector');
    expect(sub.links.map((l) => `${l.a}-${l.b}:${l.actors.length + l.projects.length}`).sort()).toEqual([
      'chem-logistics:2',
      'chem-port:1',
      'generics-logistics:1',
      'generics-port:1',
      'logistics-pharma:1',
      'pharma-port:1',
    ]);
    expect(unitsAt(sectors, 'sector')).toEqual(['chem', 'logistics']);
  });

  it('keeps technologies that enable two or more shown sectors', () => {
    const enablers = [
      { sector: 'pharma', technology: 'biotech' },
      { sector: 'generics', technology: 'biotech' },
      { sector: 'port', technology: 'drones' },
      { sector: 'chem', technology: 'drones' },
    ];
    expect(crossSectorNetwork(sectors, [], enablers, 'sector').technologies).toEqual([{ technology: 'drones', sectors: ['chem', 'logistics'] }]);
    expect(crossSectorNetwork(sectors, [], enablers, 'subsector').technologies).toEqual([
      { technology: 'biotech', sectors: ['generics', 'pharma'] },
      { technology: 'drones', sectors: ['chem', 'port'] },
    ]);
  });
});
