import cytoscape from 'cytoscape';
import cxtmenu from 'cytoscape-cxtmenu';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import undoRedo from 'cytoscape-undo-redo';
import { useEffect, useRef, useState } from 'react';
import type { GraphElements } from '../api/client.ts';
import { useT } from '../i18n/index.ts';
import { fastHitTest } from './hit-test.ts';
import { runLayout, seedPosition, type LayoutName } from './layouts.ts';
import { scaleSizes } from './sizes.ts';
import { canvasStyle, edgeLook, LABEL_ZOOM, LARGE_SCENE, nodeLook } from './style.ts';

cytoscape.use(fcose);
cytoscape.use(cxtmenu);
cytoscape.use(svg);
cytoscape.use(undoRedo);

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
}

/** The scene on the canvas as elements, without the canvas's own bookkeeping fields. */
export function sceneOf(cy: cytoscape.Core): GraphElements {
  const clean = <T extends Record<string, unknown>>(d: T) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith('_'))) as T;
  return {
    nodes: cy.nodes().map((n) => ({ data: clean(n.data()) })),
    edges: cy.edges().map((e) => ({ data: clean(e.data()) })),
  };
}

const expandedOf = (cy: cytoscape.Core) => cy.nodes('[?_expanded]').map((n) => n.id());

/** Large scenes: labels for the nodes in view once zoomed in far enough to read them, none otherwise. */
function labelInView(cy: cytoscape.Core): void {
  if (cy.destroyed()) return;
  const e = cy.extent();
  cy.batch(() => {
    cy.nodes('.labelled').removeClass('labelled');
    if (cy.zoom() < LABEL_ZOOM) return;
    cy.nodes()
      .filter((n) => {
        const p = n.position();
        return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
      })
      .addClass('labelled');
  });
}

interface Timing {
  /** performance.now() when the canvas was created, first rendered, and laid out (for the benchmark). */
  createdAt?: number;
  drawnAt?: number;
  readyAt?: number;
  layoutMs?: number;
  nodes: number;
  edges: number;
  state: 'drawing' | 'laying-out' | 'ready';
}
declare global {
  interface Window {
    cy?: cytoscape.Core;
    helixCanvas?: Timing;
  }
}

/** The one canvas of the app: views hand it elements; it draws, lays out, expands, hides, undoes. */
export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, layout = 'fcose', sizes, visible, selected, highlight, webgl = false, camera } = props;
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const urRef = useRef<cytoscape.UndoRedo | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const tRef = useRef(t);
  tRef.current = t;
  const [tooltip, setTooltip] = useState<{ x: number; y: number; text: string[] } | null>(null);
  const [laying, setLaying] = useState(false);
  const [stacks, setStacks] = useState({ undo: false, redo: false });
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const cameraRef = useRef(camera);

  // A new scene: a new Cytoscape instance.
  useEffect(() => {
    if (!container.current) return;
    const large = elements.nodes.length > LARGE_SCENE;
    const t0 = performance.now();
    window.helixCanvas = { nodes: elements.nodes.length, edges: elements.edges.length, state: 'drawing', createdAt: t0 };
    const cy = cytoscape({
      container: container.current,
      elements: {
        nodes: elements.nodes.map((n, i) => ({ data: { ...n.data, ...nodeLook(n.data) }, position: seedPosition(i) })),
        edges: elements.edges.map((e) => ({ data: { ...e.data, ...edgeLook(e.data) } })),
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
    cyRef.current = cy;
    window.cy = cy;
    if (large && !webgl) fastHitTest(cy); // the WebGL renderer finds elements with its own picking buffer
    const ur = cy.undoRedo({ undoableDrag: false });
    urRef.current = ur;
    const emit = () => {
      setStacks({ undo: !ur.isUndoStackEmpty(), redo: !ur.isRedoStackEmpty() });
      handlers.current.onSceneChange?.(sceneOf(cy), expandedOf(cy));
    };

    ur.action(
      'expand',
      (args: { id: string; add?: GraphElements; added?: cytoscape.CollectionReturnValue }) => {
        if (args.added) {
          // redo: the same elements come back, and the node counts as expanded again (the link lists it)
          cy.getElementById(args.id).data('_expanded', true);
          return { id: args.id, added: args.added.restore() };
        }
        const around = cy.getElementById(args.id);
        const centre = around.nonempty() ? around.position() : { x: 0, y: 0 };
        const fresh = (args.add?.nodes ?? []).filter((n) => cy.getElementById(n.data.id).empty());
        const added = cy.add([
          ...fresh.map((n, i) => {
            const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
            return { group: 'nodes' as const, data: { ...n.data, ...nodeLook(n.data) }, position: { x: centre.x + 120 * Math.cos(a), y: centre.y + 120 * Math.sin(a) } };
          }),
          ...(args.add?.edges ?? []).filter((e) => cy.getElementById(e.data.id).empty()).map((e) => ({ group: 'edges' as const, data: { ...e.data, ...edgeLook(e.data) } })),
        ]);
        around.data('_expanded', true);
        return { id: args.id, added };
      },
      (res: { id: string; added: cytoscape.CollectionReturnValue }) => {
        res.added.remove();
        cy.getElementById(res.id).removeData('_expanded');
        return res;
      },
    );
    ur.action(
      'hide',
      (args: { eles: cytoscape.CollectionReturnValue; hidden?: boolean }) => ({ eles: args.hidden ? args.eles.restore().remove() : args.eles.union(args.eles.connectedEdges()).remove(), hidden: true }),
      (res: { eles: cytoscape.CollectionReturnValue }) => ({ eles: res.eles.restore(), hidden: true }),
    );
    cy.on('afterDo afterUndo afterRedo', emit);

    const expand = async (id: string) => {
      const add = await handlers.current.onExpand?.(id);
      if (!add || cy.destroyed()) return;
      ur.do('expand', { id, add });
      if (layoutRef.current === 'fcose' && cy.nodes().length <= 400) {
        cy.layout({ name: 'fcose', randomize: false, animate: true, animationDuration: 400, fit: false, quality: 'default' } as cytoscape.LayoutOptions).run();
      }
    };
    const hide = (eles: cytoscape.CollectionReturnValue) => eles.nonempty() && ur.do('hide', { eles });

    cy.on('tap', 'node', (e) => handlers.current.onSelect?.((e.target as cytoscape.NodeSingular).id(), 'node'));
    cy.on('tap', 'edge', (e) => handlers.current.onSelect?.((e.target as cytoscape.EdgeSingular).id(), 'edge'));
    cy.on('tap', (e) => e.target === cy && handlers.current.onSelect?.(null, 'node'));
    cy.on('dbltap', 'node', (e) => void expand((e.target as cytoscape.NodeSingular).id()));
    cy.on('mouseover', 'node', (e) => {
      const n = e.target as cytoscape.NodeSingular;
      const p = e.renderedPosition;
      const d = n.data() as Record<string, unknown>;
      const tr = tRef.current;
      const lines = [String(d.label), ...(d.nameEn && d.nameEn !== d.label ? [String(d.nameEn)] : []), [d.type, d.helix, d.kind].filter(Boolean).join(' · '), tr('linksCount', { n: n.degree(false) })];
      setTooltip({ x: p.x, y: p.y, text: lines });
    });
    cy.on('mouseout', 'node', () => setTooltip(null));
    cy.on('viewport', () => setTooltip(null));
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => {
        const p = cy.pan();
        handlers.current.onCamera?.(`${cy.zoom().toFixed(3)},${p.x.toFixed(0)},${p.y.toFixed(0)}`);
      }, 500);
      if (large) {
        clearTimeout(labelTimer);
        labelTimer = setTimeout(() => labelInView(cy), 200);
      }
    });

    const tr = tRef.current;
    const menu = cy.cxtmenu({
      selector: 'node',
      menuRadius: 90,
      commands: [
        { content: tr('expand'), select: (n: cytoscape.NodeSingular) => void expand(n.id()) },
        { content: tr('hide'), select: (n: cytoscape.NodeSingular) => hide(n.union(cy.$('node:selected'))) },
        {
          content: `${tr('pin')} / ${tr('unpin')}`,
          select: (n: cytoscape.NodeSingular) => {
            if (n.locked()) n.unlock().removeClass('pinned');
            else n.lock().addClass('pinned');
          },
        },
        { content: tr('pathsTo'), select: (n: cytoscape.NodeSingular) => handlers.current.onPathsTo?.(n.id()) },
        { content: tr('onlyNeighbours'), select: (n: cytoscape.NodeSingular) => hide(cy.nodes().difference(n.closedNeighborhood().nodes())) },
      ],
    });

    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement | null)?.closest?.('input, textarea, select')) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !e.shiftKey) ur.undo();
      else if (mod && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) ur.redo();
      else if (e.key === 'Delete' || e.key === 'Backspace') hide(cy.$('node:selected'));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);

    // The first frame with all elements. The canvas renderer emits 'render' after drawing one; the
    // WebGL renderer emits nothing, so there the second animation frame counts: Cytoscape draws in
    // its own frame callback, registered before ours, so the first frame is painted by then.
    let drawn = false;
    const stampDrawn = () => {
      if (drawn || cy.destroyed() || window.cy !== cy || !window.helixCanvas) return;
      drawn = true;
      window.helixCanvas.drawnAt = performance.now();
    };
    cy.one('render', stampDrawn);
    requestAnimationFrame(() => requestAnimationFrame(stampDrawn));
    setLaying(true);
    if (window.helixCanvas) window.helixCanvas.state = 'laying-out';
    const tl = performance.now();
    void runLayout(cy, layoutRef.current, false).then(() => {
      if (cy.destroyed()) return;
      setLaying(false);
      const cam = cameraRef.current?.split(',').map(Number);
      if (cam && cam.length === 3 && cam.every(Number.isFinite)) cy.viewport({ zoom: cam[0]!, pan: { x: cam[1]!, y: cam[2]! } });
      const now = performance.now();
      window.helixCanvas = { ...window.helixCanvas!, readyAt: now, layoutMs: now - tl, state: 'ready' };
    });
    handlers.current.onReady?.(cy);
    handlers.current.onSceneChange?.(elements, []);
    setStacks({ undo: false, redo: false });
    return () => {
      window.removeEventListener('keydown', onKey);
      clearTimeout(cameraTimer);
      clearTimeout(labelTimer);
      menu.destroy();
      handlers.current.onReady?.(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, [elements, webgl]);

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
    const scaled = scaleSizes(cy.nodes().map((n) => n.id()), sizes ?? null);
    cy.batch(() =>
      cy.nodes().forEach((n) => {
        const size = scaled.get(n.id()) ?? 20;
        if (n.data('_size') !== size) n.data('_size', size);
      }),
    );
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
  }, [selected, elements]);

  const zoomBy = (f: number) => {
    const cy = cyRef.current;
    if (cy) cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="canvas-wrap">
      <div ref={container} className="canvas" data-testid="canvas" />
      <div className="canvas-controls" role="toolbar" aria-label="Canvas">
        <button type="button" onClick={() => zoomBy(1.25)} title={t('zoomIn')} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} title={t('zoomOut')} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 30)} title={t('fit')}>
          {t('fit')}
        </button>
        <button type="button" disabled={!stacks.undo} onClick={() => urRef.current?.undo()} title={`${t('undo')} (Ctrl+Z)`}>
          ↶ {t('undo')}
        </button>
        <button type="button" disabled={!stacks.redo} onClick={() => urRef.current?.redo()} title={`${t('redo')} (Ctrl+Y)`}>
          ↷ {t('redo')}
        </button>
      </div>
      {laying && (
        <div className="canvas-progress" role="status" aria-live="polite">
          <span className="spinner" /> {t('laidOut', { nodes: elements.nodes.length })}
        </div>
      )}
      {tooltip && (
        <div className="tooltip" role="tooltip" style={{ left: tooltip.x + 12, top: tooltip.y + 12 }}>
          {tooltip.text.map((line, i) => (i === 0 ? <strong key={i}>{line}</strong> : <div key={i}>{line}</div>))}
        </div>
      )}
    </div>
  );
}
