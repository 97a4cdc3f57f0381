import type cytoscape from 'cytoscape';
import { FOCUS_COLOUR, LABEL_BAND, LABEL_COLOUR, overlayDrawn, SELECTED_BORDER, SELECTED_COLOUR } from '../style.ts';
import { defineBehaviour } from './behaviour.ts';
import { LABEL_MAX_WIDTH_PX, labelFont, labelOffsetPx, labelPx, textWidth } from './labels.ts';
import { fittedText } from '../../export/fitted-text.ts';

// Large scenes on the canvas renderer: what changes with the user's every click or camera move —
// the selection, the keyboard focus ring and the chosen labels — is drawn on a transparent canvas
// of its own above Cytoscape's, after each of Cytoscape's frames, instead of restyling elements
// (which makes Cytoscape redraw all of a large scene; see quiet-redraw.ts). Smaller scenes and the
// WebGL renderer keep these in the stylesheet (style.ts); the look is the same.

function drawLabel(ctx: CanvasRenderingContext2D, n: cytoscape.NodeSingular, zoom: number): void {
  const label = String(n.data('label') ?? '');
  if (!label) return;
  const px = labelPx(zoom);
  ctx.font = labelFont(n, px);
  const text = fittedText(ctx, label, LABEL_MAX_WIDTH_PX);
  const w = Math.min(textWidth(text, ctx.font, px), LABEL_MAX_WIDTH_PX);
  const p = n.renderedPosition();
  const top = p.y + labelOffsetPx(n, zoom);
  ctx.globalAlpha = 0.75;
  ctx.fillStyle = LABEL_BAND;
  ctx.fillRect(p.x - w / 2 - 1, top - 1, w + 2, px * 1.2 + 2);
  ctx.globalAlpha = 1;
  ctx.fillStyle = LABEL_COLOUR;
  ctx.fillText(text, p.x, top);
}

/** A ring (or square, for the boxy node shapes) around a node, `pad` pixels out from its edge. */
function outline(ctx: CanvasRenderingContext2D, n: cytoscape.NodeSingular, zoom: number, pad: number): void {
  const p = n.renderedPosition();
  const r = (Number(n.data('_size') ?? 20) * zoom) / 2 + pad;
  ctx.beginPath();
  if (String(n.data('_shape') ?? 'ellipse') === 'ellipse') ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
  else ctx.rect(p.x - r, p.y - r, 2 * r, 2 * r);
}

/** What the overlay draws, kept up to date from Cytoscape's events: filtering 50,000 elements by a selector every frame would cost more than the drawing. */
export interface OverlayContent {
  labelled: Set<cytoscape.NodeSingular>;
  selected: Set<cytoscape.SingularElementArgument>;
  focused: Set<cytoscape.NodeSingular>;
}

export function drawOverlay(cy: cytoscape.Core, ctx: CanvasRenderingContext2D, { labelled, selected, focused }: OverlayContent): void {
  const zoom = cy.zoom();
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const n of labelled) drawLabel(ctx, n, zoom);
  // the selection: a dark line along a link, a dark ring around a node, and its label
  const line = Math.max(2, SELECTED_BORDER * zoom);
  ctx.strokeStyle = SELECTED_COLOUR;
  ctx.lineWidth = line;
  for (const ele of selected) {
    if (!ele.isEdge()) continue;
    const s = ele.source().renderedPosition();
    const t = ele.target().renderedPosition();
    ctx.beginPath();
    ctx.moveTo(s.x, s.y);
    ctx.lineTo(t.x, t.y);
    ctx.stroke();
  }
  for (const ele of selected) {
    if (!ele.isNode()) continue;
    outline(ctx, ele, zoom, line / 2);
    ctx.stroke();
    drawLabel(ctx, ele, zoom);
  }
  for (const n of focused) {
    outline(ctx, n, zoom, 6 * zoom);
    ctx.globalAlpha = 0.25;
    ctx.fillStyle = FOCUS_COLOUR;
    ctx.fill();
    ctx.globalAlpha = 1;
    if (!n.selected()) drawLabel(ctx, n, zoom);
  }
}

export const overlay = defineBehaviour<Record<string, never>>({
  name: 'overlay',
  install(cy) {
    const container = cy.container();
    if (!container || !overlayDrawn(cy)) return () => {};
    const canvas = document.createElement('canvas');
    canvas.className = 'canvas-overlay';
    canvas.setAttribute('aria-hidden', 'true');
    canvas.dataset.testid = 'canvas-overlay';
    container.appendChild(canvas);
    const ctx = canvas.getContext('2d');
    const content: OverlayContent = { labelled: new Set(cy.nodes('.labelled')), selected: new Set(cy.$(':selected')), focused: new Set(cy.nodes('.kbd-focus')) };
    const track = (set: Set<cytoscape.SingularElementArgument>, ele: cytoscape.SingularElementArgument, on: boolean) => void (on && !ele.removed() ? set.add(ele) : set.delete(ele));
    const onSelect = (e: cytoscape.EventObject) => track(content.selected, e.target as cytoscape.SingularElementArgument, e.type === 'select');
    const onClass = (e: cytoscape.EventObject) => {
      const n = e.target as cytoscape.NodeSingular;
      if (!n.isNode?.()) return;
      track(content.labelled as Set<cytoscape.SingularElementArgument>, n, n.hasClass('labelled') && !n.hasClass('filtered'));
      track(content.focused as Set<cytoscape.SingularElementArgument>, n, n.hasClass('kbd-focus'));
    };
    const onRemove = (e: cytoscape.EventObject) => {
      for (const set of Object.values(content) as Set<unknown>[]) set.delete(e.target);
    };
    const draw = () => {
      if (!ctx || cy.destroyed()) return;
      const ratio = window.devicePixelRatio || 1;
      const w = Math.round(cy.width() * ratio);
      const h = Math.round(cy.height() * ratio);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, cy.width(), cy.height());
      drawOverlay(cy, ctx, content);
    };
    cy.on('select unselect', onSelect);
    cy.on('class', onClass);
    cy.on('remove', onRemove);
    // after each of Cytoscape's frames, so the overlay moves with the camera and the elements
    cy.on('render', draw);
    draw();
    return () => {
      cy.off('select unselect', onSelect);
      cy.off('class', onClass);
      cy.off('remove', onRemove);
      cy.off('render', draw);
      canvas.remove();
    };
  },
});
