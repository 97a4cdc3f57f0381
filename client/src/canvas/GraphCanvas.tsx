import './canvas.css';
import type cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { GraphElements } from '../api/client.ts';
import { useT } from '../i18n/index.ts';
import { runAction } from './actions.ts';
import { applyCamera } from './behaviours/camera.ts';
import { fitGraph, isFitted, markMoved } from './behaviours/fit.ts';
import type { HistoryState } from './behaviours/history.ts';
import { installBehaviour } from './behaviours/index.ts';
import { NodeMenu, type MenuAt } from './NodeMenu.tsx';
import type { Tip } from './behaviours/tooltip.ts';
import { createCore, drawsLinksLater, expandedOf, sceneOf } from './core.ts';
import { addLinksLater, linksToCome, stopLinks, type LinksProgress } from './links-later.ts';
import { holdScene } from './quiet-redraw.ts';
import { morphTo } from './morph.ts';
import { runLayout, type LayoutName } from './layouts.ts';
import { scaleSizes } from './sizes.ts';

export { sceneOf } from './core.ts';

export interface Highlight {
  nodes: string[];
  edges: string[];
}

export interface GraphCanvasProps {
  elements: GraphElements;
  layout?: LayoutName;
  /** A metric per node id; nodes are sized by it. */
  sizes?: Map<string, number> | null;
  /** Ids that stay visible (filters); null shows everything. */
  visible?: { nodes: Set<string>; edges: Set<string> } | null;
  selected?: string | null;
  highlight?: Highlight | null;
  /** Cytoscape's WebGL renderer (3.31+), for very large scenes. */
  webgl?: boolean;
  /** "zoom,x,y" to restore a shared camera. */
  camera?: string | null;
  onSelect?: (id: string | null, kind: 'node' | 'edge') => void;
  /** Double-click or "expand": the neighbourhood to add, or null. */
  onExpand?: (id: string) => Promise<GraphElements | null>;
  /** The scene after an expand, hide, undo or redo, and the nodes expanded on the canvas. */
  onSceneChange?: (scene: GraphElements, expanded: string[]) => void;
  onPathsTo?: (id: string) => void;
  onCamera?: (camera: string) => void;
  onReady?: (cy: cytoscape.Core | null) => void;
  /**
   * New elements change the canvas in place (kept nodes stay, new ones land beside their
   * neighbours, no new layout) instead of drawing a new scene: for another period of the same one.
   */
  morph?: boolean;
}

export interface Timing {
  /**
   * performance.now() when the canvas was created, first rendered (all nodes; in large scenes the
   * links come after), rendered with every link, and laid out (for the benchmark).
   */
  createdAt?: number;
  drawnAt?: number;
  completeAt?: number;
  readyAt?: number;
  layoutMs?: number;
  nodes: number;
  edges: number;
  state: 'drawing' | 'laying-out' | 'ready';
  /** Times the scene was morphed to new elements in place (another period). */
  morphs?: number;
}
declare global {
  interface Window {
    cy?: cytoscape.Core;
    helixCanvas?: Timing;
  }
}

/** The one canvas of the app: views hand it elements; the core draws them, behaviours make them interactive. */
export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, layout = 'fcose', sizes, visible, selected, highlight, webgl = false, camera } = props;
  const { t, num } = useT();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const tRef = useRef(t);
  tRef.current = t;
  const [tooltip, setTooltip] = useState<Tip | null>(null);
  const [laying, setLaying] = useState(false);
  // Large scenes: the links still coming after the first frame (links-later.ts), and how many times all had come.
  const [links, setLinks] = useState<LinksProgress | null>(null);
  const [linksIn, setLinksIn] = useState(0);
  // The node the keyboard focus ring is on, said to screen readers.
  const [announced, setAnnounced] = useState('');
  const [menuAt, setMenuAt] = useState<MenuAt | null>(null);
  const [stacks, setStacks] = useState<HistoryState>({ undo: false, redo: false });
  // A failed expand: which node, and why (the scene stays as it was).
  const [failure, setFailure] = useState<{ name: string; error: string } | null>(null);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const cameraRef = useRef(camera);
  // A new scene is a new core, unless it morphs the one there (`morph`): then only its generation stays.
  const generation = useRef({ elements, n: 0 });
  if (generation.current.elements !== elements) generation.current = { elements, n: props.morph ? generation.current.n : generation.current.n + 1 };
  const elementsRef = useRef(elements);
  elementsRef.current = elements;
  /** The elements the core shows. */
  const coreElements = useRef<GraphElements | null>(null);

  // A new scene: a new core, with its behaviours.
  useEffect(() => {
    if (!container.current) return;
    const elements = elementsRef.current;
    coreElements.current = elements;
    window.helixCanvas = { nodes: elements.nodes.length, edges: elements.edges.length, state: 'drawing', createdAt: performance.now() };
    const later = drawsLinksLater(container.current, elements, { webgl, overlay: true });
    const cy = createCore(container.current, elements, { webgl, sizes: handlers.current.sizes ?? null, overlay: true, linksLater: later });
    cyRef.current = cy;
    window.cy = cy;
    setFailure(null);

    const uninstall = [
      installBehaviour(cy, 'overlay', {}),
      installBehaviour(cy, 'fit', {}),
      installBehaviour(cy, 'history', {
        onChange: (state) => {
          setStacks(state);
          // links still to come are part of the scene already
          const scene = sceneOf(cy);
          handlers.current.onSceneChange?.({ ...scene, edges: [...scene.edges, ...linksToCome(cy)] }, expandedOf(cy));
        },
      }),
      installBehaviour(cy, 'expand', {
        load: (id) => handlers.current.onExpand?.(id),
        onError: (error, id) => setFailure({ name: String(cy.getElementById(id).data('label') ?? id), error: error.message }),
        onExpanded: () => {
          setFailure(null);
          if (layoutRef.current === 'fcose' && cy.nodes().length <= 400) {
            cy.layout({ name: 'fcose', randomize: false, animate: true, animationDuration: 400, fit: false, quality: 'default' } as cytoscape.LayoutOptions).run();
          }
        },
      }),
      installBehaviour(cy, 'select', { onSelect: (id, kind) => handlers.current.onSelect?.(id, kind) }),
      installBehaviour(cy, 'keys', {}),
      installBehaviour(cy, 'navigate', { element: container.current, onSelect: (id) => handlers.current.onSelect?.(id, 'node'), announce: setAnnounced, onMenu: (id, at) => setMenuAt({ id, ...at }) }),
      installBehaviour(cy, 'tooltip', { show: setTooltip, t: () => tRef.current }),
      installBehaviour(cy, 'camera', { onCamera: (c) => handlers.current.onCamera?.(c) }),
      installBehaviour(cy, 'labels', {}),
    ];

    // The first frame with all elements. The canvas renderer emits 'render' after drawing one; the
    // WebGL renderer emits nothing, so there the second animation frame counts: Cytoscape draws in
    // its own frame callback, registered before ours, so the first frame is painted by then.
    let drawn = false;
    let firstFrame = () => {};
    const painted = new Promise<void>((resolve) => (firstFrame = resolve));
    const stampDrawn = () => {
      if (drawn || cy.destroyed() || window.cy !== cy || !window.helixCanvas) return;
      drawn = true;
      window.helixCanvas.drawnAt = performance.now();
      firstFrame();
    };
    cy.one('render', stampDrawn);
    requestAnimationFrame(() => requestAnimationFrame(stampDrawn));
    // Large scenes: the links after the first frame, a slice at a time, while the scene on screen
    // (the nodes) stays as it is; drawn with them once all are in. The progress shows meanwhile.
    const stampComplete = () => {
      if (!cy.destroyed() && window.cy === cy && window.helixCanvas) window.helixCanvas.completeAt = performance.now();
    };
    if (later) {
      void painted.then(() => {
        if (cy.destroyed()) return;
        holdScene(cy, true);
        addLinksLater(cy, elements.edges, {
          classesOf: (id) => linkClasses(id, handlers.current),
          onProgress: (p) => {
            if (p.added < p.total) return setLinks(p);
            cy.one('render', stampComplete);
            holdScene(cy, false);
            cy.emit('relabel');
            setLinks(null);
            setLinksIn((n) => n + 1);
          },
        });
      });
    } else void painted.then(() => window.helixCanvas && (window.helixCanvas.completeAt = window.helixCanvas.drawnAt));
    // a page in the background gets no frames: its layout starts anyway
    const noFrames = setTimeout(firstFrame, 3000);
    setLaying(true);
    if (window.helixCanvas) window.helixCanvas.state = 'laying-out';
    const tl = performance.now();
    // The layout starts once the first frame is on screen (a task later, so the browser paints it
    // first): handing a large scene to the layout worker takes a while on the page's own thread.
    void painted
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => (cy.destroyed() ? undefined : runLayout(cy, layoutRef.current, false)))
      .then(() => {
        if (cy.destroyed()) return;
        setLaying(false);
        if (applyCamera(cy, cameraRef.current)) markMoved(cy);
        const now = performance.now();
        window.helixCanvas = { ...window.helixCanvas!, readyAt: now, layoutMs: now - tl, state: 'ready' };
      });
    setCy(cy);
    handlers.current.onReady?.(cy);
    handlers.current.onSceneChange?.(elements, []);
    setStacks({ undo: false, redo: false });
    return () => {
      clearTimeout(noFrames);
      stopLinks(cy);
      setLinks(null);
      for (const off of uninstall.reverse()) off();
      handlers.current.onReady?.(null);
      setCy(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, [generation.current.n, webgl]);

  // Another period of the same scene: the core morphs to it.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed() || coreElements.current === elements) return;
    coreElements.current = elements;
    // links of the old elements still to come: the morph brings every link of the new ones
    stopLinks(cy);
    holdScene(cy, false);
    setLinks(null);
    morphTo(cy, elements);
    if (window.helixCanvas) window.helixCanvas = { ...window.helixCanvas, nodes: elements.nodes.length, edges: elements.edges.length, morphs: (window.helixCanvas.morphs ?? 0) + 1 };
    handlers.current.onSceneChange?.(elements, []);
  }, [elements]);

  // The context menu: a right-click, long press or the menu key opens it at the node.
  useEffect(() => {
    if (!cy) return;
    return installBehaviour(cy, 'menu', { onOpen: (id, at) => setMenuAt({ id, ...at }) });
  }, [cy]);

  // A new layout on the same scene.
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    const cy = cyRef.current;
    if (!cy) return;
    setLaying(true);
    void runLayout(cy, layout, cy.nodes().length < 400).then(() => setLaying(false));
  }, [layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (applySizes(cy, sizes ?? null) && isFitted(cy)) fitGraph(cy);
  }, [sizes, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      if (!visible) return;
      cy.nodes().forEach((n) => void (visible.nodes.has(n.id()) || n.addClass('filtered')));
      cy.edges().forEach((e) => void (visible.edges.has(e.id()) || e.addClass('filtered')));
    });
    cy.emit('relabel');
  }, [visible, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded');
      if (!highlight) return;
      const on = cy.collection();
      for (const id of [...highlight.nodes, ...highlight.edges]) on.merge(cy.getElementById(id));
      on.addClass('highlighted');
      cy.elements().difference(on).addClass('faded');
    });
  }, [highlight, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const el = selected ? cy.getElementById(selected) : cy.collection();
    if (el.nonempty() && !el.selected()) {
      cy.$(':selected').unselect();
      el.select();
    }
    // a selected link may only just have come (linksIn)
  }, [selected, elements, linksIn]);

  const zoomBy = (f: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    markMoved(cy);
  };

  return (
    <div className="canvas-wrap">
      <div ref={container} className="canvas" data-testid="canvas" role="application" aria-roledescription={t('canvasRole')} aria-label={t('canvasKeys')} />
      {cy && menuAt && (
        <NodeMenu
          cy={cy}
          at={menuAt}
          t={t}
          pathsTo={(id) => handlers.current.onPathsTo?.(id)}
          onClose={(refocus) => {
            setMenuAt(null);
            if (refocus) container.current?.focus();
          }}
        />
      )}
      <div className="visually-hidden" aria-live="polite" data-testid="canvas-focus">
        {announced}
      </div>
      <div className="canvas-controls" role="toolbar" aria-label="Canvas">
        <button type="button" onClick={() => zoomBy(1.25)} title={t('zoomIn')} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} title={t('zoomOut')} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => cyRef.current && fitGraph(cyRef.current, true)} title={t('fit')}>
          {t('fit')}
        </button>
        <button type="button" disabled={!stacks.undo} onClick={() => cyRef.current && runAction(cyRef.current, 'undo')} title={`${t('undo')} (Ctrl+Z)`}>
          ↶ {t('undo')}
        </button>
        <button type="button" disabled={!stacks.redo} onClick={() => cyRef.current && runAction(cyRef.current, 'redo')} title={`${t('redo')} (Ctrl+Y)`}>
          ↷ {t('redo')}
        </button>
      </div>
      {(laying || links) && (
        <div className="canvas-progress" role="status" aria-live="polite" data-testid="canvas-progress">
          {links && (
            <span className="canvas-progress-row">
              <progress max={links.total} value={links.added} aria-hidden="true" /> {t('linksArriving', { added: num(links.added), total: num(links.total) })}
            </span>
          )}
          {laying && (
            <span className="canvas-progress-row">
              <span className="spinner" /> {t('laidOut', { nodes: num(elements.nodes.length) })}
            </span>
          )}
        </div>
      )}
      {failure && (
        <div className="canvas-notice error" role="alert" data-testid="canvas-notice">
          {t('expandFailed', { name: failure.name, error: failure.error })}{' '}
          <button type="button" onClick={() => setFailure(null)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      )}
      {tooltip && (
        <div className="tooltip" role="tooltip" style={{ left: tooltip.x + 12, top: tooltip.y + 12 }}>
          {tooltip.lines.map((line, i) => (i === 0 ? <strong key={i}>{line}</strong> : <div key={i}>{line}</div>))}
        </div>
      )}
    </div>
  );
}

/** The classes a link takes as it joins the canvas after the first frame: those the filters and the highlight give it now. */
function linkClasses(id: string, { visible, highlight }: Pick<GraphCanvasProps, 'visible' | 'highlight'>): string[] {
  const classes: string[] = [];
  if (visible && !visible.edges.has(id)) classes.push('filtered');
  if (highlight) classes.push(highlight.edges.includes(id) ? 'highlighted' : 'faded');
  return classes;
}

/** Sizes the nodes by the metric (or all alike); true when any size changed. */
function applySizes(cy: cytoscape.Core, sizes: Map<string, number> | null): boolean {
  const scaled = scaleSizes(cy.nodes().map((n) => n.id()), sizes);
  let changed = false;
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const size = scaled.get(n.id()) ?? 20;
      if (n.data('_size') !== size) {
        n.data('_size', size);
        changed = true;
      }
    }),
  );
  return changed;
}
