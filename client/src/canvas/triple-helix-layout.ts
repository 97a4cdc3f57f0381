// The triple-helix layout: government, industry and academia actors in three sectors of a circle,
// intermediaries and hybrids in the middle, everything that is not an actor on an outer ring.

export interface LayoutNode {
  id: string;
  type: string;
  helix?: string;
  /** Better-connected nodes go nearer the middle of their sector. */
  weight?: number;
}

export type Point = { x: number; y: number };

/** Centre angle of each helix's sector (radians; y grows downwards): government on top. */
export const SECTOR_ANGLE: Record<string, number> = {
  government: -Math.PI / 2,
  industry: Math.PI / 6,
  academia: (5 * Math.PI) / 6,
};
const SECTOR_SPAN = (2 * Math.PI) / 3;
const GAP = 0.12; // part of each sector left empty so the three read apart

export function tripleHelixPositions(nodes: LayoutNode[], spacing = 40): Map<string, Point> {
  const out = new Map<string, Point>();
  const bySector = new Map<string, LayoutNode[]>();
  const middle: LayoutNode[] = [];
  const outer: LayoutNode[] = [];
  for (const n of nodes) {
    if (n.type === 'Actor' && n.helix && n.helix in SECTOR_ANGLE) bySector.set(n.helix, [...(bySector.get(n.helix) ?? []), n]);
    else if (n.type === 'Actor' || n.type === 'Group') middle.push(n);
    else outer.push(n);
  }
  const heaviestFirst = (a: LayoutNode, b: LayoutNode) => (b.weight ?? 0) - (a.weight ?? 0) || a.id.localeCompare(b.id);

  // The middle: a sunflower spiral, densest node in the centre.
  middle.sort(heaviestFirst).forEach((n, i) => {
    const r = spacing * 0.9 * Math.sqrt(i);
    const a = i * 2.399963; // golden angle
    out.set(n.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  const inner = spacing * (1.5 + 0.9 * Math.sqrt(middle.length));

  // Each helix fills rows of arcs outward from `inner`, as many per row as fit at that radius.
  let outerEdge = inner;
  for (const [helix, members] of bySector) {
    const centre = SECTOR_ANGLE[helix]!;
    const span = SECTOR_SPAN * (1 - GAP);
    let r = inner;
    let i = 0;
    const sorted = members.sort(heaviestFirst);
    while (i < sorted.length) {
      const fit = Math.max(1, Math.floor((span * r) / spacing));
      const row = sorted.slice(i, i + fit);
      row.forEach((n, j) => {
        const a = row.length === 1 ? centre : centre - span / 2 + (span * (j + 0.5)) / row.length;
        out.set(n.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
      });
      i += row.length;
      r += spacing;
    }
    outerEdge = Math.max(outerEdge, r);
  }

  // Everything else on a ring outside the sectors.
  const ringR = outerEdge + spacing * 2;
  outer.sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  outer.forEach((n, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / outer.length;
    out.set(n.id, { x: ringR * Math.cos(a), y: ringR * Math.sin(a) });
  });
  return out;
}

/** Which region of the layout a point is in: the helix sector by angle, or 'middle'. */
export function sectorOf(p: Point, innerRadius: number): string {
  if (Math.hypot(p.x, p.y) < innerRadius) return 'middle';
  const a = Math.atan2(p.y, p.x);
  let best = 'government';
  let bestDiff = Infinity;
  for (const [helix, centre] of Object.entries(SECTOR_ANGLE)) {
    const diff = Math.abs(Math.atan2(Math.sin(a - centre), Math.cos(a - centre)));
    if (diff < bestDiff) [best, bestDiff] = [helix, diff];
  }
  return best;
}
