import type cytoscape from 'cytoscape';
import { keepState, stateOf } from '../canvas-state.ts';
import { defineBehaviour } from './behaviour.ts';

// The graph fitted to its canvas: clear of the canvas's own buttons, and fitted again when the
// canvas changes size (a panel opens or closes, the window is resized) as long as the user has not
// moved the camera since.

/** Space kept free around the graph, in screen pixels. */
export const FIT_MARGIN = 30;
/** No closer than this: a scene of three nodes should not fill the screen with three discs. */
export const FIT_MAX_ZOOM = 1.6;

const FITTED = 'helixFitted';

/** Whether the camera still shows the whole graph as the last fit left it. */
export const isFitted = (cy: cytoscape.Core) => stateOf(cy, FITTED) === true;
export const markMoved = (cy: cytoscape.Core) => keepState(cy, FITTED, false);

/** The height of the canvas's button row at its top, which the graph keeps clear of. */
function reservedTop(cy: cytoscape.Core): number {
  const container = cy.container();
  const controls = container?.parentElement?.querySelector<HTMLElement>('.canvas-controls');
  if (!container || !controls) return 0;
  return Math.max(0, controls.getBoundingClientRect().bottom - container.getBoundingClientRect().top);
}

type Box = { x1: number; y1: number; w: number; h: number };

/** Zoom and pan that show every visible node (or the box given) inside the canvas, below its buttons. */
export function fitViewport(cy: cytoscape.Core, box?: Box): { zoom: number; pan: { x: number; y: number } } | null {
  if (cy.width() === 0 || cy.height() === 0) return null;
  const nodes = box ? null : cy.nodes(':visible');
  if (nodes?.empty() || (box && !Number.isFinite(box.w))) return null;
  const bb = box ?? nodes!.boundingBox({ includeLabels: false, includeOverlays: false });
  const top = Math.max(FIT_MARGIN, reservedTop(cy) + 8);
  const w = Math.max(1, cy.width() - 2 * FIT_MARGIN);
  const h = Math.max(1, cy.height() - top - FIT_MARGIN);
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), FIT_MAX_ZOOM, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
  return { zoom, pan: { x: FIT_MARGIN + (w - zoom * bb.w) / 2 - zoom * bb.x1, y: top + (h - zoom * bb.h) / 2 - zoom * bb.y1 } };
}

/** Fits the graph to the canvas (see fitViewport) and remembers that the camera is fitted. */
export function fitGraph(cy: cytoscape.Core, animate = false, box?: Box): void {
  const viewport = fitViewport(cy, box);
  if (!viewport) return;
  if (animate) cy.animate({ ...viewport, duration: 250 });
  else cy.viewport(viewport);
  keepState(cy, FITTED, true);
}

export const fit = defineBehaviour<Record<string, never>>({
  name: 'fit',
  install(cy) {
    const refit = () => isFitted(cy) && fitGraph(cy);
    const moved = () => markMoved(cy);
    cy.on('resize', refit);
    cy.on('scrollzoom pinchzoom dragpan', moved);
    return () => {
      cy.off('resize', refit);
      cy.off('scrollzoom pinchzoom dragpan', moved);
    };
  },
});
