import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoCountry, nuts2021 } from '../../../server/importer/cordis/places.ts';

// The seeded regions that are NUTS regions carry their NUTS 2021 id (`code`) and level
// (`nutsLevel`), checked against data/nuts-2021.csv (Eurostat GISCO).

interface SeedRegion {
  id: string;
  level: string;
  code?: string;
  nutsLevel?: number;
  country?: string;
}

const regions = JSON.parse(readFileSync('seeds/regions.json', 'utf8')) as SeedRegion[];
const byId = new Map(regions.map((r) => [r.id, r]));
const table = nuts2021();
/** A country's NUTS id from its ISO code (GR is EL, GB is UK in NUTS). */
const nutsOfCountry = (iso: string) => [...table.values()].find((n) => n.level === 0 && isoCountry(n.id) === iso)?.id;
const nutsId = (r: SeedRegion) => (r.nutsLevel === 0 ? nutsOfCountry(r.code!) : r.code);

describe('seeded regions on NUTS 2021', () => {
  it('every seeded region with a NUTS level names a NUTS 2021 region of that level and country', () => {
    const nutsRegions = regions.filter((r) => r.nutsLevel !== undefined);
    expect(nutsRegions.length).toBeGreaterThan(20);
    for (const r of nutsRegions) {
      const found = table.get(nutsId(r) ?? '');
      expect(found, `${r.id} ${r.code}`).toBeDefined();
      expect(found!.level, r.id).toBe(r.nutsLevel);
      if (r.country) expect(isoCountry(found!.country), r.id).toBe(r.country);
    }
  });

  it('Flemish provinces are NUTS 2, arrondissements NUTS 3, the benchmark regions where they are NUTS regions', () => {
    const code = (id: string) => [byId.get(id)?.code, byId.get(id)?.nutsLevel];
    expect(code('province-antwerp')).toEqual(['BE21', 2]);
    for (const r of regions.filter((x) => x.level === 'arrondissement')) expect(r.nutsLevel, r.id).toBe(3);
    expect(code('arrondissement-antwerpen')).toEqual(['BE211', 3]);
    expect(code('hamburg')).toEqual(['DE60', 2]);
    expect(code('noord-brabant')).toEqual(['NL41', 2]);
    expect(code('waals-brabant')).toEqual(['BE31', 2]);
    expect(code('skane')).toEqual(['SE224', 3]);
    // Øresund spans two countries: no NUTS region; its parts are.
    expect(byId.get('oresund')?.code).toBeUndefined();
  });

  it('no two seeded regions share a NUTS id, so an import finds one node per code', () => {
    const codes = regions.filter((r) => r.code).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
