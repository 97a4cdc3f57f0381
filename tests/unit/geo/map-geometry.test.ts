import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nutsGeometrySchema } from '../../../contract/index.ts';
import { isoCountry } from '../../../server/importer/cordis/places.ts';
import { EUROPE, project, ringsBox, ringsPath } from '../../../client/src/views/map/projection.ts';

// The geometry shipped with the client (client/public/geo) holds every seeded NUTS region, so the
// map can draw and select each of them.

const geometry = [0, 1, 2, 3].map((level) => nutsGeometrySchema.parse(JSON.parse(readFileSync(`client/public/geo/nuts-2021-${level}.json`, 'utf8'))));
const seeds = JSON.parse(readFileSync('seeds/regions.json', 'utf8')) as { id: string; code?: string; nutsLevel?: number }[];

describe('the shipped NUTS geometry', () => {
  it('has every level with GISCO’s region counts and the attribution the licence asks for', () => {
    expect(geometry.map((g) => g.regions.length)).toEqual([37, 125, 334, 1514]);
    for (const g of geometry) expect(g.attribution).toMatch(/© EuroGeographics for the administrative boundaries/);
  });

  it('draws every seeded NUTS region at its level', () => {
    const seeded = seeds.filter((r) => r.nutsLevel !== undefined);
    expect(seeded.length).toBeGreaterThan(20);
    for (const r of seeded) {
      const level = r.nutsLevel!;
      // Countries keep their ISO code in the graph; NUTS writes EL and UK.
      const id = level === 0 ? ([...geometry[0]!.regions].find((x) => isoCountry(x.id) === r.code)?.id ?? r.code) : r.code;
      const region = geometry[level]!.regions.find((x) => x.id === id);
      expect(region, `${r.id} ${r.code}`).toBeDefined();
      expect(ringsPath(region!.rings)).toMatch(/^M[-\d.]+ [-\d.]+L/);
    }
  });

  it('puts Antwerp’s arrondissement inside the province, Belgium inside Europe, north up', () => {
    const box = (level: number, id: string) => ringsBox(geometry[level]!.regions.find((r) => r.id === id)!.rings);
    const [be211, be21, be] = [box(3, 'BE211'), box(2, 'BE21'), box(0, 'BE')];
    expect(be211.x).toBeGreaterThanOrEqual(be21.x - 0.01);
    expect(be211.x + be211.width).toBeLessThanOrEqual(be21.x + be21.width + 0.01);
    expect(be.x).toBeGreaterThan(EUROPE.x);
    expect(be.y + be.height).toBeLessThan(EUROPE.y + EUROPE.height);
    // Hamburg lies north of Antwerp: smaller y on screen.
    expect(project(10, 53.55)[1]).toBeLessThan(project(4.4, 51.2)[1]);
  });
});
