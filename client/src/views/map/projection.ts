// The map's projection: Lambert azimuthal equal-area centred on 52° N, 10° E, the projection
// Eurostat draws its European maps in (EPSG:3035), on a sphere; areas compare truly across
// Europe. Map units: 1000 per Earth radius (about 6.4 km), y growing downwards as in SVG.

const RAD = Math.PI / 180;
const LON0 = 10 * RAD;
const LAT0 = 52 * RAD;
const SCALE = 1000;

export type Point = [number, number];

export function project(lon: number, lat: number): Point {
  const l = lon * RAD - LON0;
  const p = lat * RAD;
  const k = Math.sqrt(2 / (1 + Math.sin(LAT0) * Math.sin(p) + Math.cos(LAT0) * Math.cos(p) * Math.cos(l)));
  return [SCALE * k * Math.cos(p) * Math.sin(l), -SCALE * k * (Math.cos(LAT0) * Math.sin(p) - Math.sin(LAT0) * Math.cos(p) * Math.cos(l))];
}

/** The SVG path of rings given as flat [lon, lat, lon, lat, …] lists, one decimal of a map unit. */
export function ringsPath(rings: number[][]): string {
  let d = '';
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const [x, y] = project(ring[i]!, ring[i + 1]!);
      d += `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    }
    d += 'Z';
  }
  return d;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around points. */
export function boxOf(points: Point[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The box of the rings' points (in map units). */
export const ringsBox = (rings: number[][]): Box => boxOf(rings.flatMap((r) => Array.from({ length: r.length / 2 }, (_, i) => project(r[2 * i]!, r[2 * i + 1]!))));

/** Mainland Europe from Portugal to Cyprus and from Crete to the North Cape; Iceland and the overseas regions lie outside it (zoom out for them). */
export const EUROPE: Box = boxOf([[-10, 36], [-9.5, 43], [-8, 55], [-3, 59], [5, 62], [25, 71.2], [32, 70], [34, 35], [26, 34.8], [10, 36.5]].map(([lon, lat]) => project(lon!, lat!)));

/** The part of a country's rings inside mainland Europe (France without its overseas regions). */
export const europeanBox = (rings: number[][]): Box => {
  const inside = rings.filter((r) => {
    const [x, y] = project(r[0]!, r[1]!);
    return x >= EUROPE.x && x <= EUROPE.x + EUROPE.width && y >= EUROPE.y && y <= EUROPE.y + EUROPE.height;
  });
  return ringsBox(inside.length ? inside : rings);
};
