import { describe, expect, it } from 'vitest';
import { crossSectorNetwork, unitOf } from '../../../server/explore/cross-sector-network.ts';

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

  it('links two sectors once per shared actor or project, not once per sub-sector', () => {
    const members = [
      { member: 'Actor:x', type: 'Actor' as const, sector: 'pharma' },
      { member: 'Actor:x', type: 'Actor' as const, sector: 'generics' },
      { member: 'Actor:x', type: 'Actor' as const, sector: 'port' },
      { member: 'Project:p', type: 'Project' as const, sector: 'chem' },
      { member: 'Project:p', type: 'Project' as const, sector: 'logistics' },
      { member: 'Actor:y', type: 'Actor' as const, sector: 'pharma' },
    ];
    const net = crossSectorNetwork(sectors, members, [], 'sector');
    expect(net.links).toEqual([{ a: 'chem', b: 'logistics', actors: ['Actor:x'], projects: ['Project:p'] }]);
    expect(net.sectors).toEqual(['chem', 'logistics']);
    const sub = crossSectorNetwork(sectors, members, [], 'subsector');
    expect(sub.links.map((l) => `${l.a}-${l.b}:${l.actors.length + l.projects.length}`).sort()).toEqual(['chem-logistics:1', 'generics-pharma:1', 'generics-port:1', 'pharma-port:1']);
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
