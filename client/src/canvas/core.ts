import cytoscape from 'cytoscape';
import cxtmenu from 'cytoscape-cxtmenu';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import undoRedo from 'cytoscape-undo-redo';
import type { GraphElements } from '../api/client.ts';
import { fastHitTest } from './hit-test.ts';
import { seedPosition } from './layouts.ts';
import { canvasStyle, edgeLook, LARGE_SCENE, nodeLook } from './style.ts';

// The core of the canvas: a Cytoscape instance with the scene's elements and their look. What the
// user can do with it (undo, menu, keys, tooltip, …) are behaviours, installed by name (behaviours/).

cytoscape.use(fcose);
cytoscape.use(cxtmenu);
cytoscape.use(svg);
cytoscape.use(undoRedo);

export interface CoreOptions {
  /** Cytoscape's WebGL renderer (3.31+), for very large scenes. */
  webgl?: boolean;
}

export const isLarge = (elements: GraphElements) => elements.nodes.length > LARGE_SCENE;

/** Element data as the canvas draws it: the scene's data plus its precomputed look. */
export const nodeElement = (n: GraphElements['nodes'][number]) => ({ data: { ...n.data, ...nodeLook(n.data) } });
export const edgeElement = (e: GraphElements['edges'][number]) => ({ data: { ...e.data, ...edgeLook(e.data) } });

/** A Cytoscape instance drawing `elements` in `container` (headless without one, for tests). */
export function createCore(container: HTMLElement | undefined, elements: GraphElements, { webgl = false }: CoreOptions = {}): cytoscape.Core {
  const large = isLarge(elements);
  const cy = cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    elements: {
      nodes: elements.nodes.map((n, i) => ({ ...nodeElement(n), position: seedPosition(i) })),
      edges: elements.edges.map(edgeElement),
    },
    style: canvasStyle(large),
    layout: { name: 'preset' },
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
  return cy;
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
