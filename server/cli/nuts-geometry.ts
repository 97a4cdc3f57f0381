// Makes the map's geometry files (client/public/geo/nuts-2021-<level>.json) from Eurostat GISCO's
// NUTS 2021 GeoJSON (1:60 million, WGS 84: NUTS_RG_60M_2021_4326_LEVL_<0–3>.geojson and the label
// points NUTS_LB_2021_4326.geojson): `npm run geo:nuts -- <folder with those files>`.
// Keeps each region's id, Latin-script name, label point and rings, coordinates as GISCO gives them
// (0.001°), repeated points dropped.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GEOMETRY_ATTRIBUTION, nutsGeometrySchema, type NutsGeometry } from '../../contract/index.ts';

type Position = [number, number];
interface Feature {
  properties: { NUTS_ID: string; NAME_LATN: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] } | { type: 'Point'; coordinates: Position };
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run geo:nuts -- <folder with the GISCO NUTS 2021 GeoJSON files>');
  process.exit(2);
}
const read = (file: string) => (JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { features: Feature[] }).features;

const labels = new Map<string, Position>();
for (const f of read('NUTS_LB_2021_4326.geojson')) if (f.geometry.type === 'Point') labels.set(f.properties.NUTS_ID, f.geometry.coordinates);

const flat = (ring: Position[]): number[] => {
  const out: number[] = [];
  for (const [lon, lat] of ring) {
    if (out.length && out[out.length - 2] === lon && out[out.length - 1] === lat) continue;
    out.push(lon, lat);
  }
  return out;
};

const out = path.resolve('client/public/geo');
mkdirSync(out, { recursive: true });
for (const level of [0, 1, 2, 3]) {
  const regions = read(`NUTS_RG_60M_2021_4326_LEVL_${level}.geojson`).map((f) => {
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const id = f.properties.NUTS_ID;
    const label = labels.get(id);
    if (!label) throw new Error(`no label point for ${id}`);
    return { id, name: f.properties.NAME_LATN.replace(/\s+/g, ' ').trim(), label, rings: polygons.flat().map(flat) };
  });
  regions.sort((a, b) => a.id.localeCompare(b.id));
  const geometry: NutsGeometry = nutsGeometrySchema.parse({ level, attribution: GEOMETRY_ATTRIBUTION, regions });
  const file = path.join(out, `nuts-2021-${level}.json`);
  writeFileSync(file, JSON.stringify(geometry));
  console.log(`${file}: ${regions.length} regions`);
}
