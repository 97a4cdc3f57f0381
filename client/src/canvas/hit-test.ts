import type cytoscape from 'cytoscape';
import { boxIndex, type BoxIndex } from './box-index.ts';

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
 * Links handed to Cytoscape's own test when no node is under the pointer, nearest first by the
 * distance between their node centres: its measure runs between the nodes' borders, so the link it
 * finds nearest is among the first few of ours.
 */
const NEAREST_LINKS = 16;

/**
 * Large scenes only (straight links between node centres): Cytoscape's canvas renderer finds the
 * element under the pointer by testing every element, label bounds included, on every mouse move,
 * press and release — a quarter of a second per event at 10,000 nodes, so a click took most of a
 * second before anything happened. Here nodes and links are first narrowed down to those near the
 * point (nodes by their box, links as segments between their ends, with Cytoscape's own thresholds
 * plus slack) through a grid of their boxes (box-index.ts), built again only after an element moved,
 * changed size, came or went; then Cytoscape's own test runs on those few in the same order, so it
 * picks the same element (for the mouse: nodes first, then the nearest links, below).
 */
export function fastHitTest(cy: cytoscape.Core): void {
  const r = (cy as unknown as { renderer(): Renderer | null }).renderer();
  if (!r || typeof r.findNearestElements !== 'function' || typeof r.getCachedZSortedEles !== 'function') return;
  const find = r.findNearestElements;
  const zSorted = r.getCachedZSortedEles;
  let built: { all: ZSorted; index: BoxIndex; interactive: Set<Ele> } | undefined;
  // Positions, sizes and elements: what the boxes are made of. The z-sorted list is a new array
  // whenever the renderer sorts the elements again.
  cy.on('position data add remove', () => (built = undefined));
  const indexOf = (all: ZSorted) => {
    if (built?.all !== all) built = { all, index: boxIndex(boxesOf(all)), interactive: new Set(all.interactive ?? all) };
    return built;
  };
  /** Cytoscape's own test over `subset` (kept in z order) instead of every element. */
  const run = (subset: ZSorted, interactive: Set<Ele>, x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => {
    subset.interactive = subset.filter((ele) => interactive.has(ele));
    r.getCachedZSortedEles = () => subset;
    try {
      return find.call(r, x, y, interactiveOnly, isTouch);
    } finally {
      r.getCachedZSortedEles = zSorted;
    }
  };
  r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = zSorted.call(r);
    const { index, interactive } = indexOf(all);
    const margin = (isTouch ? 24 : 8) / cy.zoom();
    const slack = margin + STYLE_SLACK;
    const candidates = index.near(x, y, margin).map((i) => all[i]!);
    /** The links within reach, with their squared distance (between node centres). */
    const links = () => {
      const distances = new Map<Ele, number>();
      for (const ele of candidates) {
        if (ele.isNode()) continue;
        const e = ele as cytoscape.EdgeSingular;
        const s = e.source().position();
        const t = e.target().position();
        const d = sqDistToSegment(x, y, s.x, s.y, t.x, t.y);
        if (d <= slack * slack) distances.set(ele, d);
      }
      return distances;
    };
    // Mouse events read only the first element found, and without compound nodes every node is
    // drawn above every link: a node under the pointer is the answer whatever links pass by, and
    // otherwise the nearest link is, so Cytoscape tests the nodes first, then the nearest few links
    // (at the zoom that shows a whole large scene, hundreds pass within its 8-pixel reach).
    if (!isTouch && !(cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes()) {
      const hit = run(candidates.filter((ele) => ele.isNode()) as ZSorted, interactive, x, y, interactiveOnly, isTouch);
      if (hit.length) return hit;
      const kept = new Set([...links()].sort((a, b) => a[1] - b[1]).slice(0, NEAREST_LINKS).map(([ele]) => ele));
      return run(candidates.filter((ele) => kept.has(ele)) as ZSorted, interactive, x, y, interactiveOnly, isTouch);
    }
    const distances = links();
    return run(candidates.filter((ele) => ele.isNode() || distances.has(ele)) as ZSorted, interactive, x, y, interactiveOnly, isTouch);
  };
}

/** Each element's box with the stylesheet's slack: a node's by its size, a link's around its two ends. */
function boxesOf(all: Ele[]): Float64Array {
  const boxes = new Float64Array(all.length * 4);
  all.forEach((ele, i) => {
    let x1: number, y1: number, x2: number, y2: number;
    if (ele.isNode()) {
      const p = ele.position();
      const h = (Number(ele.data('_size')) || 60) / 2 + STYLE_SLACK;
      [x1, y1, x2, y2] = [p.x - h, p.y - h, p.x + h, p.y + h];
    } else {
      const e = ele as cytoscape.EdgeSingular;
      const s = e.source().position();
      const t = e.target().position();
      [x1, y1, x2, y2] = [Math.min(s.x, t.x) - STYLE_SLACK, Math.min(s.y, t.y) - STYLE_SLACK, Math.max(s.x, t.x) + STYLE_SLACK, Math.max(s.y, t.y) + STYLE_SLACK];
    }
    boxes.set([x1, y1, x2, y2], 4 * i);
  });
  return boxes;
}

function sqDistToSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const f = len > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len)) : 0;
  return (x - x1 - f * dx) ** 2 + (y - y1 - f * dy) ** 2;
}
