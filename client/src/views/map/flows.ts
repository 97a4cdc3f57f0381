import type { Point } from './projection.ts';

// Flows between regions as curved lines: a quadratic curve bending to the left of its direction
// (so two flows between neighbours do not lie on each other), width by weight.

export function flowPath([x1, y1]: Point, [x2, y2]: Point, bend = 0.2): string {
  const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
  const [cx, cy] = [mx - (y2 - y1) * bend, my + (x2 - x1) * bend];
  return `M${x1.toFixed(1)} ${y1.toFixed(1)}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`;
}

/** Line width in screen pixels, in proportion to the weight, 1 to 8 px. */
export const flowWidth = (weight: number, max: number): number => (max > 0 ? 1 + 7 * (weight / max) : 1);

/** Points around a centre on a sunflower spiral, `step` map units apart: where a region's actors without coordinates go. */
export function spiral([x, y]: Point, count: number, step: number): Point[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => [x + step * Math.sqrt(i + 0.5) * Math.cos(i * golden), y + step * Math.sqrt(i + 0.5) * Math.sin(i * golden)]);
}
