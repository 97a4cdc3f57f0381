import type cytoscape from 'cytoscape';
import { overlayDrawn } from '../style.ts';
import { defineBehaviour } from './behaviour.ts';

// Label density: whatever the zoom, labels go to the most important nodes in view (groups, then
// the largest, then the most linked) as long as a label does not overlap one already placed, and
// they are sized in screen pixels within bounds, so a small scene gets no huge labels and a large
// one no unreadable carpet. Worked out again when the camera rests, the scene changes or the
// selection moves.

/** Label font on screen: 10 px at zoom 1, kept between these bounds. */
export const LABEL_PX = { min: 11, max: 15 } as const;
/** The widest a label may be on screen before it ends in an ellipsis. */
export const LABEL_MAX_WIDTH_PX = 150;
/** The style a chosen label gets on its node, taken away with the label. */
const LABEL_STYLES = 'font-size text-max-width text-valign text-margin-y';
/** Space kept free around each label, on screen. */
const LABEL_GAP_PX = 3;
/** Above this many nodes only those in view are candidates and labels wait for the camera to rest longer. */
const MANY = 1500;

export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Boxes on screen in a grid of square cells, so "does this box touch another" looks only nearby. */
class BoxGrid<B extends LabelBox> {
  private cells = new Map<string, B[]>();
  constructor(private size = 64) {}
  private *keys(b: LabelBox) {
    for (let gx = Math.floor(b.x1 / this.size); gx <= Math.floor(b.x2 / this.size); gx++) for (let gy = Math.floor(b.y1 / this.size); gy <= Math.floor(b.y2 / this.size); gy++) yield `${gx},${gy}`;
  }
  add(b: B): void {
    for (const k of this.keys(b)) this.cells.set(k, [...(this.cells.get(k) ?? []), b]);
  }
  hits(b: LabelBox, except?: (o: B) => boolean): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (overlaps(o, b) && !except?.(o)) return true;
    return false;
  }
}

/** The label font size on screen at this zoom. */
export const labelPx = (zoom: number) => Math.min(LABEL_PX.max, Math.max(LABEL_PX.min, 10 * zoom));

let measureContext: CanvasRenderingContext2D | null | undefined;
/** Width of `text` in pixels in `font`, as Cytoscape measures it (a canvas); an estimate where there is no canvas (tests). */
export function textWidth(text: string, font: string, px: number): number {
  if (measureContext === undefined) {
    try {
      measureContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      measureContext = null;
    }
  }
  if (!measureContext) return text.length * px * 0.62;
  measureContext.font = font;
  return Math.ceil(measureContext.measureText(text).width);
}

/** A font property as Cytoscape draws it (pstyle is Cytoscape's parsed style, not in its typings). */
const fontOf = (n: cytoscape.NodeSingular, prop: string) => String((n as unknown as { pstyle: (p: string) => { strValue: string } }).pstyle(prop).strValue);
/** The font of a node's label at `px` pixels on screen. */
export const labelFont = (n: cytoscape.NodeSingular, px: number) => `${fontOf(n, 'font-style')} ${fontOf(n, 'font-weight')} ${px}px ${fontOf(n, 'font-family')}`;
/** Where a node's label starts below its centre on screen, at this zoom. */
export const labelOffsetPx = (n: cytoscape.NodeSingular, zoom: number) => (Number(n.data('_size') ?? 20) * zoom) / 2 + 3;

/**
 * Nodes in the order they earn a label: the selected first, then groups, then nodes the scene
 * gives a role (a partner suggestion's asker, candidate and introducers: its reasons name them),
 * then size, then degree.
 */
function ranked(nodes: cytoscape.NodeCollection): cytoscape.NodeSingular[] {
  const score = (n: cytoscape.NodeSingular) => (n.selected() ? 4e9 : 0) + (n.data('type') === 'Group' ? 2e9 : 0) + (n.data('role') ? 1e9 : 0) + Number(n.data('_size') ?? 0) * 1e5 + n.degree(false);
  return nodes
    .toArray()
    .map((n) => ({ n, s: score(n) }))
    .sort((a, b) => b.s - a.s || (a.n.id() < b.n.id() ? -1 : 1))
    .map((x) => x.n);
}

/**
 * Chooses which nodes show their label and sizes those labels for the current zoom. Returns the
 * on-screen boxes of the labels shown (canvas pixels), which never overlap.
 */
export function placeLabels(cy: cytoscape.Core): LabelBox[] {
  if (cy.destroyed()) return [];
  const zoom = cy.zoom();
  const px = labelPx(zoom);
  const width = cy.width();
  const height = cy.height();
  const ext = cy.extent();
  const many = cy.nodes().length > MANY;
  // on the overlay the selected node is labelled by the overlay itself, on top of everything
  const overlay = overlayDrawn(cy);
  const candidates = cy.nodes().filter((n) => {
    if (n.hasClass('filtered') || (overlay && n.selected())) return false;
    if (!many) return true;
    const p = n.position();
    return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  });
  // a generous budget: the overlap checks are what keep labels apart
  const budget = Math.max(12, Math.floor((width * height) / 4000));
  const placed: LabelBox[] = [];
  const labelled = new BoxGrid<LabelBox>();
  // the nodes on screen, whose middles a label must not cover either (the labelled ones are drawn above the rest)
  const shapes = new BoxGrid<LabelBox & { id: string }>();
  const onScreen = (b: LabelBox) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= width && b.y2 <= height;
  const halfOf = (n: cytoscape.NodeSingular) => (Number(n.data('_size') ?? 20) * zoom) / 2;
  candidates.forEach((n) => {
    const p = n.renderedPosition();
    const half = halfOf(n) * 0.6;
    const box = { id: n.id(), x1: p.x - half, x2: p.x + half, y1: p.y - half, y2: p.y + half };
    if (box.x2 >= 0 && box.x1 <= width && box.y2 >= 0 && box.y1 <= height) shapes.add(box);
  });
  const chosen: cytoscape.NodeSingular[] = [];
  /** Nodes whose label goes above them: a node with a role whose place below is taken. */
  const above = new Set<cytoscape.NodeSingular>();
  for (const n of ranked(candidates)) {
    if (chosen.length >= budget) break;
    const label = String(n.data('label') ?? '');
    if (!label) continue;
    const p = n.renderedPosition();
    const w = Math.min(textWidth(label, labelFont(n, px), px), LABEL_MAX_WIDTH_PX);
    const offset = labelOffsetPx(n, zoom);
    const at = (top: number) => ({ x1: p.x - w / 2 - LABEL_GAP_PX, x2: p.x + w / 2 + LABEL_GAP_PX, y1: top - LABEL_GAP_PX, y2: top + px * 1.2 + LABEL_GAP_PX });
    // a label cut by the canvas's edge, or over another label or node, is left out (the selected node's never)
    const id = n.id();
    const taken = (b: LabelBox) => !onScreen(b) || labelled.hits(b) || shapes.hits(b, (o) => o.id === id);
    let box = at(p.y + offset);
    if (!n.selected() && taken(box)) {
      // a node the scene names (a role) tries above itself before going without; the overlay of large scenes draws below only
      if (!n.data('role') || overlay) continue;
      box = at(p.y - offset - px * 1.2);
      // nor right below another node, which it would seem to name
      if (taken(box) || shapes.hits({ ...box, y1: box.y1 - offset - halfOf(n) }, (o) => o.id === id)) continue;
      above.add(n);
    }
    placed.push(box);
    labelled.add(box);
    chosen.push(n);
  }
  const on = new Set(chosen.map((n) => n.id()));
  if (overlay) {
    // the overlay draws these labels with the same font and box as measured here: a class is all it needs
    cy.batch(() => {
      cy.nodes('.labelled').forEach((n) => void (on.has(n.id()) || n.removeClass('labelled')));
      for (const n of chosen) n.addClass('labelled');
    });
    return placed;
  }
  cy.batch(() => {
    cy.nodes('.labelled').forEach((n) => {
      if (on.has(n.id())) return;
      n.removeClass('labelled');
      n.removeStyle(LABEL_STYLES);
    });
    for (const n of chosen) {
      n.addClass('labelled');
      // sizes in model units that make `px` on screen at this zoom
      const up = above.has(n);
      n.style({ 'font-size': px / zoom, 'text-max-width': `${LABEL_MAX_WIDTH_PX / zoom}px`, 'text-valign': up ? 'top' : 'bottom', 'text-margin-y': (up ? -3 : 3) / zoom });
    }
  });
  // The estimate above can be a few pixels short of the label Cytoscape draws (its band, its font
  // metrics): a last pass over the drawn boxes, in the same order, takes out any that still touch.
  const drawn = new BoxGrid<LabelBox>();
  const kept: LabelBox[] = [];
  cy.batch(() => {
    chosen.forEach((n, i) => {
      const bb = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      const box = { x1: bb.x1, x2: bb.x2, y1: bb.y1, y2: bb.y2 };
      if (!n.selected() && drawn.hits(box)) {
        n.removeClass('labelled');
        n.removeStyle(LABEL_STYLES);
        return;
      }
      drawn.add(box);
      kept.push(placed[i]!);
    });
  });
  return kept;
}

/** Takes every chosen label away (say, before an export that labels all nodes its own way). */
export function clearLabels(cy: cytoscape.Core): void {
  if (cy.destroyed()) return;
  cy.batch(() => {
    cy.nodes('.labelled').removeClass('labelled');
    cy.nodes().removeStyle(LABEL_STYLES);
  });
}

export interface LabelsOptions {
  /** How long the camera must rest before labels are worked out again. */
  delayMs?: number;
}

export const labels = defineBehaviour<LabelsOptions>({
  name: 'labels',
  install(cy, { delayMs } = {}) {
    const wait = delayMs ?? (cy.nodes().length > MANY ? 200 : 60);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => placeLabels(cy), wait);
    };
    // 'relabel': the canvas asks after a change no Cytoscape event reports (a filter, the last of
    // a large scene's links in). A link joining alone moves no label: a large scene's 40,000
    // arriving after its first frame would otherwise work the labels out again and again.
    const events = 'viewport remove layoutstop select unselect data relabel';
    cy.on(events, later);
    cy.on('add', 'node', later);
    later();
    return () => {
      clearTimeout(timer);
      cy.off(events, later);
      cy.off('add', 'node', later);
      clearLabels(cy);
    };
  },
});
