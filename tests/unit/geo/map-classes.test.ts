import { describe, expect, it } from 'vitest';
import { fit, fitBeside, pan, zoomAt } from '../../../client/src/views/map/camera.ts';
import { MAP_OVERLAYS } from '../../../client/src/views/map/MapLegend.tsx';
import { EUROPE } from '../../../client/src/views/map/projection.ts';
import { classOf, classRanges, colourOf, lqClasses, NO_VALUE, PALETTE, quantileClasses } from '../../../client/src/views/map/classes.ts';
import { classLabel } from '../../../client/src/views/map/format.ts';
import { barsOf } from '../../../client/src/views/specialisation/Specialisation.tsx';
import { flowWidth } from '../../../client/src/views/map/flows.ts';

// What a reader of the map sees: darker for more, a legend whose classes cover the values, flows
// wider for heavier pairs, and a camera that zooms around the pointer.

/** Relative luminance of a #rrggbb colour. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe('the choropleth’s classes', () => {
  const values = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144];
  const classes = quantileClasses(values);

  it('a region with a higher value never gets a lighter colour', () => {
    const sorted = [...values].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      expect(luminance(colourOf(classes, sorted[i]))).toBeLessThanOrEqual(luminance(colourOf(classes, sorted[i - 1])));
    }
    expect(colourOf(classes, 144)).toBe(PALETTE[PALETTE.length - 1]);
    expect(colourOf(classes, 1)).toBe(PALETTE[0]);
  });

  it('splits the regions into classes of about equal size whose ranges the legend lists end to end', () => {
    const sizes = new Map<number, number>();
    for (const v of values) sizes.set(classOf(classes, v), (sizes.get(classOf(classes, v)) ?? 0) + 1);
    expect(sizes.size).toBe(5);
    for (const n of sizes.values()) expect(n).toBeGreaterThanOrEqual(2);
    const ranges = classRanges(classes);
    expect(ranges[0]!.from).toBe(1);
    expect(ranges[ranges.length - 1]!.to).toBe(144);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to);
  });

  it('merges classes that tied values would leave empty, keeping the darkest for the largest', () => {
    const few = quantileClasses([1, 1, 1, 1, 1, 1, 2, 2]);
    expect(few.colours.length).toBe(2);
    expect(colourOf(few, 2)).toBe(PALETTE[PALETTE.length - 1]);
    expect(colourOf(few, null)).toBe(NO_VALUE);
  });
});

describe('flows and the camera', () => {
  it('a heavier flow is drawn wider', () => {
    expect(flowWidth(10, 10)).toBeGreaterThan(flowWidth(5, 10));
    expect(flowWidth(1, 10)).toBeGreaterThanOrEqual(1);
  });

  it('fits a box into the viewport and zooms around the pointer', () => {
    const c = fit({ x: 0, y: 0, width: 100, height: 50 }, 1000, 1000, 0);
    expect(c.k).toBe(10);
    const z = zoomAt(c, 2, 300, 400);
    // The map point under the pointer stays under it.
    expect(((300 - c.x) / c.k).toFixed(6)).toBe(((300 - z.x) / z.k).toFixed(6));
    expect(pan(z, 5, -5)).toEqual({ ...z, x: z.x + 5, y: z.y - 5 });
  });

  it('fits Europe beside the legend, never under it, in wide and narrow map areas', () => {
    const { legend, top, bottom } = MAP_OVERLAYS;
    for (const [width, height] of [[1100, 800], [700, 600], [500, 640], [1400, 500]] as const) {
      const c = fitBeside(EUROPE, width, height, MAP_OVERLAYS);
      const screen = { left: EUROPE.x * c.k + c.x, top: EUROPE.y * c.k + c.y, right: (EUROPE.x + EUROPE.width) * c.k + c.x, bottom: (EUROPE.y + EUROPE.height) * c.k + c.y };
      const beside = screen.left >= legend.width - 0.5 || screen.bottom <= height - legend.height + 0.5;
      expect(beside, `${width}×${height}`).toBe(true);
      expect(screen.top).toBeGreaterThanOrEqual(top - 0.5);
      expect(screen.bottom).toBeLessThanOrEqual(height - bottom + 0.5);
      expect(screen.right).toBeLessThanOrEqual(width + 0.5);
      // And it still fills what is left: as large as either free rectangle allows.
      expect(c.k).toBeGreaterThan(0.96 * Math.max(Math.min((width - legend.width) / EUROPE.width, (height - top - bottom) / EUROPE.height), Math.min(width / EUROPE.width, (height - top - legend.height) / EUROPE.height)) * 0.92);
    }
  });
});

describe('location quotient classes', () => {
  it('keep fixed breaks around 1 whatever the values, so "as the reference" has one colour on every map', () => {
    const a = lqClasses([0.2, 0.9, 1.1, 3.4]);
    const b = lqClasses([1.0, 1.05]);
    expect(a.breaks).toEqual([0.5, 0.8, 1.25, 2]);
    expect(b.breaks).toEqual(a.breaks);
    expect(colourOf(a, 1)).toBe(colourOf(b, 1));
    // under-represented and specialised sit on opposite sides of the light middle class
    expect(colourOf(a, 0.3)).not.toBe(colourOf(a, 3));
    expect(classRanges(a).map((r) => [r.from, r.to])).toEqual([[0, 0.5], [0.5, 0.8], [0.8, 1.25], [1.25, 2], [2, 3.4]]);
    expect(classLabel('en', 'lq', 0.8, 1.25, false)).toBe('0.80 – < 1.25');
    expect(classLabel('nl', 'lq', 2, 3.4, true)).toBe('2,00 – 3,40');
  });

  it('the region panel keeps the category the map shows among its bars', () => {
    const categories = Array.from({ length: 14 }, (_, i) => ({ id: `c${i}`, value: 14 - i }));
    expect(barsOf(categories, 'c12').map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c12']);
    expect(barsOf(categories, 'c3')).toHaveLength(10);
    expect(barsOf(categories, undefined).map((c) => c.id)).not.toContain('c12');
  });
});
