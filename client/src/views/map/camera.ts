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
  return fitInto(box, { x: 0, y: 0, width, height }, margin);
}

/** The camera that shows `box` whole and centred in the screen rectangle `view`, with a margin. */
export function fitInto(box: Box, view: Box, margin = 0.04): Camera {
  const width = Math.max(1, view.width);
  const height = Math.max(1, view.height);
  const k = Math.min((width * (1 - 2 * margin)) / box.width, (height * (1 - 2 * margin)) / box.height);
  return { k, x: view.x + width / 2 - (box.x + box.width / 2) * k, y: view.y + height / 2 - (box.y + box.height / 2) * k };
}

/** What the map's overlays take of the viewport: the legend's corner (bottom left), a band along the top (buttons) and one along the bottom (attribution). */
export interface Overlays {
  legend: { width: number; height: number };
  top: number;
  bottom: number;
}

/**
 * The camera that shows `box` whole beside the legend, never under it: fitted either to the right
 * of the legend or above it, whichever shows the box larger (a wide viewport puts the map beside
 * the legend, a tall one above it).
 */
export function fitBeside(box: Box, width: number, height: number, o: Overlays): Camera {
  const right = fitInto(box, { x: o.legend.width, y: o.top, width: width - o.legend.width, height: height - o.top - o.bottom });
  const above = fitInto(box, { x: 0, y: o.top, width, height: height - o.top - o.legend.height });
  return right.k >= above.k ? right : above;
}

/** Zooms by `factor` keeping the map point under the screen point (px, py) in place. */
export function zoomAt(c: Camera, factor: number, px: number, py: number): Camera {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, c.k * factor));
  const f = k / c.k;
  return { k, x: px - (px - c.x) * f, y: py - (py - c.y) * f };
}

export const pan = (c: Camera, dx: number, dy: number): Camera => ({ ...c, x: c.x + dx, y: c.y + dy });

export const transformOf = (c: Camera): string => `translate(${c.x.toFixed(2)} ${c.y.toFixed(2)}) scale(${c.k.toFixed(5)})`;
