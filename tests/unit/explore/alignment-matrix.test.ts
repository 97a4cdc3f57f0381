import { describe, expect, it } from 'vitest';
import { alignmentMatrix, type PrioritisesRow } from '../../../server/explore/alignment-matrix.ts';

const row = (policy: string, level: string, sector: string, regions: string[], inferred = false): PrioritisesRow => ({
  policy,
  policyName: policy.toUpperCase(),
  policyLevel: level,
  sector,
  sectorName: sector,
  sectorNameEn: sector === 'chem' ? 'Chemistry' : null,
  inferred,
  regions: regions.length ? regions.map((g) => ({ id: g, name: g, level: g === 'flanders' ? 'region' : 'province' })) : [{ id: null, name: null, level: null }],
});

const links = [
  row('prov', 'provincial', 'chem', ['antwerp']),
  row('prov', 'provincial', 'logistics', ['antwerp']),
  row('flemish', 'regional', 'chem', ['flanders'], true),
  row('pact', 'provincial', 'chem', ['antwerp'], true),
  row('loose', 'eu', 'ict', []),
];

describe('policy alignment matrix', () => {
  it('has one cell per policy and sector, rows ordered by level, most shared sectors first', () => {
    const m = alignmentMatrix(links, 'policies');
    expect(m.rows.map((r) => r.id)).toEqual(['Policy:loose', 'Policy:flemish', 'Policy:pact', 'Policy:prov']);
    expect(m.columns.map((c) => c.id)).toEqual(['Sector:chem', 'Sector:ict', 'Sector:logistics']);
    // the English name goes with the column, for the English interface
    expect(m.columns.map((c) => c.labelEn)).toEqual(['Chemistry', null, null]);
    expect(m.cells).toHaveLength(5);
    expect(m.cells.find((c) => c.row === 'Policy:flemish')).toMatchObject({ column: 'Sector:chem', value: 1, inferred: true });
  });

  it('counts for a region the policies covering it that prioritise the sector; inferred only if all are', () => {
    const m = alignmentMatrix(links, 'regions');
    expect(m.rows.map((r) => r.id)).toEqual(['Region:flanders', 'Region:antwerp']);
    expect(m.cells.find((c) => c.row === 'Region:antwerp' && c.column === 'Sector:chem')).toEqual({
      row: 'Region:antwerp',
      column: 'Sector:chem',
      value: 2,
      inferred: false,
      policies: ['Policy:prov', 'Policy:pact'],
    });
    expect(m.columns.map((c) => c.id)).not.toContain('Sector:ict');
  });
});
