import cytoscape from 'cytoscape';
import cxtmenu from 'cytoscape-cxtmenu';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import undoRedo from 'cytoscape-undo-redo';
import type { GraphElements } from '../api/client.ts';
import { fitGraph } from './behaviours/fit.ts';
import { fastHitTest } from './hit-test.ts';
import { seedPosition } from './layouts.ts';
import { quietRedraw } from './quiet-redraw.ts';
import { scaleSizes } from './sizes.ts';
import { canvasStyle, edgeElement, LARGE_SCENE, markOverlayDrawn, nodeLook } from './style.ts';

// The core of the canvas: a Cytoscape instance with the scene's elements and their look. What the
// user can do with it (undo, menu, keys, tooltip, …) are behaviours, installed by name (behaviours/).

cytoscape.use(fcose);
cytoscape.use(cxtmenu);
cytoscape.use(svg);
cytoscape.use(undoRedo);

/**
 * The layout a new canvas starts with: the nodes stay where their elements say (seedPosition).
 * Cytoscape's `preset` would set every node's position again, with its events, before the first frame.
 */
function GivenLayout(this: { options: { eles: cytoscape.Collection } & Record<string, unknown> }, options: { eles: cytoscape.Collection }) {
  this.options = options;
}
/** What Cytoscape adds to a layout registered with it. */
interface Registered {
  emit(event: string): Registered;
}
GivenLayout.prototype.run = function (this: Registered) {
  this.emit('layoutstart');
  this.emit('layoutready');
  this.emit('layoutstop');
  return this;
};
GivenLayout.prototype.stop = function (this: Registered) {
  return this;
};
(cytoscape as unknown as (kind: 'layout', name: string, layout: unknown) => void)('layout', 'given', GivenLayout);

export interface CoreOptions {
  /** Cytoscape's WebGL renderer (3.31+), for very large scenes. */
  webgl?: boolean;
  /** A metric per node id that sizes the nodes from the start (see sizes.ts). */
  sizes?: Map<string, number> | null;
  /**
   * Large scenes on the canvas renderer draw selection, focus and chosen labels on an overlay
   * (behaviours/overlay.ts, which the caller installs) instead of in the stylesheet.
   */
  overlay?: boolean;
  /**
   * Large scenes on the canvas renderer (see drawsLinksLater): create the nodes only, so the first
   * frame comes at once; the caller adds the links after it (links-later.ts).
   */
  linksLater?: boolean;
}

export const isLarge = (elements: GraphElements) => elements.nodes.length > LARGE_SCENE;

export { edgeElement, nodeElement } from './style.ts';

/** Whether a canvas in `container` draws selection, focus and labels on its overlay: large scenes on the canvas renderer. */
const onOverlayFor = (container: HTMLElement | undefined | null, elements: GraphElements, { webgl = false, overlay = false }: CoreOptions) => Boolean(container) && isLarge(elements) && !webgl && overlay;

/** Whether the canvas can draw its first frame with the nodes only and take the links after it (the large scenes with an overlay). */
export const drawsLinksLater = onOverlayFor;

/** A Cytoscape instance drawing `elements` in `container` (headless without one, for tests). */
export function createCore(container: HTMLElement | undefined, elements: GraphElements, options: CoreOptions = {}): cytoscape.Core {
  const { webgl = false, sizes = null, linksLater = false } = options;
  const large = isLarge(elements);
  const onOverlay = onOverlayFor(container, elements, options);
  const sized = scaleSizes(
    elements.nodes.map((n) => n.data.id),
    sizes,
  );
  const nodes = elements.nodes.map((n, i) => ({ data: { ...n.data, ...nodeLook(n.data), _size: sized.get(n.data.id) ?? 20 }, position: seedPosition(i) }));
  const cy = cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    elements: { nodes, edges: linksLater && onOverlay ? [] : elements.edges.map(edgeElement) },
    style: canvasStyle(large, onOverlay),
    // The nodes start where they are given (seedPosition) and the camera is fitted below from
    // those positions: Cytoscape's own fit would first work out the box of every element, links
    // included, which took seconds at 10,000 nodes before anything was drawn.
    layout: { name: 'given' } as unknown as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: true,
    selectionType: 'additive',
    // While the user pans or zooms a large scene, Cytoscape moves a snapshot of it (the links
    // hidden) instead of redrawing 25,000 elements per frame; it redraws once the camera rests.
    hideEdgesOnViewport: large,
    textureOnViewport: large && !webgl,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    // Cytoscape 3.31+ draws with WebGL when asked: larger texture atlases and batches than its
    // mobile defaults mean fewer draw calls per frame.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true, webglTexSize: 4096, webglTexRows: 24, webglBatchSize: 4096, webglTexPerBatch: 16 } } : {}),
  } as cytoscape.CytoscapeOptions);
  if (container && large && !webgl) fastHitTest(cy); // the WebGL renderer finds elements with its own picking buffer
  if (onOverlay) {
    markOverlayDrawn(cy);
    quietRedraw(cy);
  }
  if (container) fitGraph(cy, false, boxOf(nodes));
  return cy;
}

/** The box around nodes given by their centres and diameters. */
function boxOf(nodes: { data: { _size: number }; position: { x: number; y: number } }[]): cytoscape.BoundingBox12 & { w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { data, position: p } of nodes) {
    const r = data._size / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** The scene on the canvas as elements, without the canvas's own bookkeeping fields. */
export function sceneOf(cy: cytoscape.Core): GraphElements {
  const clean = <T extends Record<string, unknown>>(d: T) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith('_'))) as T;
  return {
    nodes: cy.nodes().map((n) => ({ data: clean(n.data()) })),
    edges: cy.edges().map((e) => ({ data: clean(e.data()) })),
  };
}

/** The nodes expanded on the canvas (and not undone). */
export const expandedOf = (cy: cytoscape.Core) => cy.nodes('[?_expanded]').map((n) => n.id());
