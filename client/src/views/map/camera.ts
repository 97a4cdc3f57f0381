import type { Box } from './projection.ts';

// The map's camera: screen = map × k + (x, y). Pure functions, so panning and zooming are tested
// without a browser.

export interface Camera {
  k: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 200;

/** The camera that shows `box` whole and centred in a viewport of `width` × `height` pixels, with a margin. */
export function fit(box: Box, width: number, height: number, margin = 0.04): Camera {
  const k = Math.min((width * (1 - 2 * margin)) / box.width, (height * (1 - 2 * margin)) / box.height);
  return { k, x: width / 2 - (box.x + box.width / 2) * k, y: height / 2 - (box.y + box.height / 2) * k };
}

/** Zooms by `factor` keeping the map point under the screen point (px, py) in place. */
export function zoomAt(c: Camera, factor: number, px: number, py: number): Camera {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, c.k * factor));
  const f = k / c.k;
  return { k, x: px - (px - c.x) * f, y: py - (py - c.y) * f };
}

export const pan = (c: Camera, dx: number, dy: number): Camera => ({ ...c, x: c.x + dx, y: c.y + dy });

export const transformOf = (c: Camera): string => `translate(${c.x.toFixed(2)} ${c.y.toFixed(2)}) scale(${c.k.toFixed(5)})`;
