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
import { canvasStyle, edgeLook, LARGE_SCENE, markOverlayDrawn, nodeLook } from './style.ts';

// The core of the canvas: a Cytoscape instance with the scene's elements and their look. What the
// user can do with it (undo, menu, keys, tooltip, …) are behaviours, installed by name (behaviours/).

cytoscape.use(fcose);
cytoscape.use(cxtmenu);
cytoscape.use(svg);
cytoscape.use(undoRedo);

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
}

export const isLarge = (elements: GraphElements) => elements.nodes.length > LARGE_SCENE;

/** Element data as the canvas draws it: the scene's data plus its precomputed look. */
export const nodeElement = (n: GraphElements['nodes'][number]) => ({ data: { ...n.data, ...nodeLook(n.data) } });
export const edgeElement = (e: GraphElements['edges'][number]) => ({ data: { ...e.data, ...edgeLook(e.data) } });

/** A Cytoscape instance drawing `elements` in `container` (headless without one, for tests). */
export function createCore(container: HTMLElement | undefined, elements: GraphElements, { webgl = false, sizes = null, overlay = false }: CoreOptions = {}): cytoscape.Core {
  const large = isLarge(elements);
  const onOverlay = Boolean(container) && large && !webgl && overlay;
  const sized = scaleSizes(
    elements.nodes.map((n) => n.data.id),
    sizes,
  );
  const nodes = elements.nodes.map((n, i) => {
    const el = nodeElement(n);
    return { data: { ...el.data, _size: sized.get(n.data.id) ?? el.data._size }, position: seedPosition(i) };
  });
  const cy = cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    elements: { nodes, edges: elements.edges.map(edgeElement) },
    style: canvasStyle(large, onOverlay),
    // The nodes start where they are given (seedPosition) and the camera is fitted below from
    // those positions: Cytoscape's own fit would first work out the box of every element, links
    // included, which took seconds at 10,000 nodes before anything was drawn.
    layout: { name: 'preset', fit: false },
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
