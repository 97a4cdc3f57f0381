import type cytoscape from 'cytoscape';

type Ele = cytoscape.SingularElementArgument;
type ZSorted = Ele[] & { interactive: Ele[] };
/** The two methods of Cytoscape's canvas renderer (3.34) that hit testing goes through. */
interface Renderer {
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): Ele[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
}

/** Largest node border or link half-width of the stylesheet, in model units. */
const STYLE_SLACK = 6;

/**
 * Large scenes only (straight links between node centres): Cytoscape's canvas renderer finds the
 * element under the pointer by testing every element, label bounds included, on every mouse move,
 * press and release — a quarter of a second per event at 10,000 nodes, so a click took most of a
 * second before anything happened. Here nodes and links are first narrowed down from positions
 * alone to those near the point (nodes by their box, links as segments between their ends, with
 * Cytoscape's own thresholds plus slack), then Cytoscape's own test
 * runs on those few in the same order, so it picks the same element.
 */
export function fastHitTest(cy: cytoscape.Core): void {
  const r = (cy as unknown as { renderer(): Renderer | null }).renderer();
  if (!r || typeof r.findNearestElements !== 'function' || typeof r.getCachedZSortedEles !== 'function') return;
  const find = r.findNearestElements;
  const zSorted = r.getCachedZSortedEles;
  r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = zSorted.call(r);
    const slack = (isTouch ? 24 : 8) / cy.zoom() + STYLE_SLACK;
    const near = (ele: Ele) => {
      if (ele.isNode()) {
        const p = ele.position();
        const h = (Number(ele.data('_size')) || 60) / 2 + slack;
        return Math.abs(p.x - x) <= h && Math.abs(p.y - y) <= h;
      }
      const e = ele as cytoscape.EdgeSingular;
      const s = e.source().position();
      const t = e.target().position();
      if (Math.min(s.x, t.x) - slack > x || x > Math.max(s.x, t.x) + slack || Math.min(s.y, t.y) - slack > y || y > Math.max(s.y, t.y) + slack) return false;
      return sqDistToSegment(x, y, s.x, s.y, t.x, t.y) <= slack * slack;
    };
    const subset = all.filter(near) as ZSorted;
    const nearby = new Set(subset);
    subset.interactive = (all.interactive ?? all).filter((ele) => nearby.has(ele));
    r.getCachedZSortedEles = () => subset;
    try {
      return find.call(r, x, y, interactiveOnly, isTouch);
    } finally {
      r.getCachedZSortedEles = zSorted;
    }
  };
}

function sqDistToSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const f = len > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len)) : 0;
  return (x - x1 - f * dx) ** 2 + (y - y1 - f * dy) ** 2;
}
