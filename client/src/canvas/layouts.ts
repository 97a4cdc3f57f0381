import type cytoscape from 'cytoscape';
import { tripleHelixPositions } from './triple-helix-layout.ts';
import type { LayoutReply, LayoutRequest } from './layout.worker.ts';
import { fitGraph } from './behaviours/fit.ts';
import { linksArrived, linksToCome } from './links-later.ts';

export const LAYOUTS = ['fcose', 'concentric', 'grid', 'helix'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const isLayout = (s: string | null): s is LayoutName => LAYOUTS.includes(s as LayoutName);

/** Above this many nodes the force-directed layout runs in a Web Worker. */
export const WORKER_LAYOUT_THRESHOLD = 400;
/** Above this many nodes the worker runs fcose's draft quality (spectral placement only). */
export const DRAFT_LAYOUT_THRESHOLD = 2000;
/**
 * fcose's force-directed iterations in the worker. Its own bound, 5 × nodes, took a minute at
 * 1,000 nodes; the picture stops changing visibly long before (bench/README.md, client-draw).
 */
export const WORKER_MAX_ITERATIONS = 250;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the i-th node of a new scene starts, before any layout has run: a sunflower disc
 * (Vogel's phyllotaxis), evenly spread with `spacing` between neighbours. Without it every node
 * starts at (0, 0), and the first frame fits that single point at the maximum zoom, where each
 * of thousands of nodes covers the whole canvas: that frame took seconds to paint.
 */
export function seedPosition(i: number, spacing = 30): { x: number; y: number } {
  const r = spacing * Math.sqrt(i);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
}

function forcePositionsInWorker(cy: cytoscape.Core): Promise<Record<string, { x: number; y: number }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const request: LayoutRequest = {
      nodes: cy.nodes().map((n) => n.id()),
      // the links still coming after a large scene's first frame count as well (links-later.ts)
      edges: [...cy.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]), ...linksToCome(cy).map((e) => [e.data.source, e.data.target] as [string, string])],
      quality: cy.nodes().length > DRAFT_LAYOUT_THRESHOLD ? 'draft' : 'default',
      maxIterations: WORKER_MAX_ITERATIONS,
    };
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      worker.terminate();
      if (e.data.positions) resolve(e.data.positions);
      else reject(new Error(e.data.error ?? 'layout failed'));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'layout worker failed'));
    };
    worker.postMessage(request);
  });
}

/**
 * Nodes without a visible link, in a grid of their own below the connected part (ordered by type,
 * helix and name), so they neither crowd it nor read as part of it. False when there is nothing
 * to move.
 */
export function packIsolated(nodes: cytoscape.NodeCollection): boolean {
  const isolated = nodes.filter((n) => !n.locked() && n.connectedEdges(':visible').length === 0).nodes();
  const connected = nodes.difference(isolated).nodes();
  if (isolated.empty() || connected.empty()) return false;
  const bb = connected.boundingBox({ includeLabels: false, includeOverlays: false });
  const spacing = Math.max(...isolated.map((n) => Number(n.data('_size') ?? 20))) + 28;
  const cols = Math.max(Math.ceil(Math.sqrt(isolated.length)), Math.floor(bb.w / spacing) + 1);
  const key = (n: cytoscape.NodeSingular) => `${String(n.data('type'))} ${String(n.data('helix') ?? '')} ${String(n.data('label') ?? n.id())}`;
  const order = isolated.toArray().sort((a, b) => key(a).localeCompare(key(b)));
  const top = bb.y2 + 2 * spacing;
  order.forEach((n, i) => n.position({ x: bb.x1 + (i % cols) * spacing, y: top + Math.floor(i / cols) * spacing }));
  return true;
}

/**
 * Runs a layout on the visible (not pinned) nodes. Large force-directed layouts run in a worker;
 * the returned promise settles when positions are in place.
 */
export async function runLayout(cy: cytoscape.Core, name: LayoutName, animate: boolean): Promise<void> {
  await placeNodes(cy, name, animate);
  // which nodes are isolated is known once every link is in
  await linksArrived(cy);
  if (cy.destroyed()) return;
  // the grid and helix layouts place every node by its own rule; the others leave isolated nodes scattered
  if (name !== 'grid' && name !== 'helix') packIsolated(cy.nodes(':visible'));
  fitGraph(cy, animate);
}

async function placeNodes(cy: cytoscape.Core, name: LayoutName, animate: boolean): Promise<void> {
  // Only the worker's force layout takes the links still to come from the scene itself; the others read the canvas.
  if (!(name === 'fcose' && cy.nodes().length > WORKER_LAYOUT_THRESHOLD && typeof Worker !== 'undefined')) await linksArrived(cy);
  if (cy.destroyed()) return;
  const eles = cy.elements(':visible');
  const nodes = eles.nodes();
  if (nodes.length === 0) return;
  const free = nodes.filter((n) => !n.locked()).nodes();
  if (name === 'helix') {
    const positions = tripleHelixPositions(
      free.map((n) => ({ id: n.id(), type: String(n.data('type')), helix: n.data('helix') as string | undefined, weight: n.degree(false) })),
      nodes.length > 1000 ? 25 : 45,
    );
    await layoutDone(eles.layout({ name: 'preset', positions: (n: cytoscape.NodeSingular) => positions.get(n.id()) ?? n.position(), animate, fit: false } as cytoscape.LayoutOptions));
    return;
  }
  if (name === 'fcose' && nodes.length > WORKER_LAYOUT_THRESHOLD && typeof Worker !== 'undefined') {
    try {
      const positions = await forcePositionsInWorker(cy);
      if (cy.destroyed()) return;
      await layoutDone(eles.layout({ name: 'preset', positions: (n: cytoscape.NodeSingular) => positions[n.id()] ?? n.position(), fit: false } as cytoscape.LayoutOptions));
      return;
    } catch {
      name = 'concentric'; // a worker that fails leaves a readable picture instead of a frozen page
    }
  }
  const options: Record<LayoutName, Record<string, unknown>> = {
    fcose: { name: 'fcose', animate, randomize: true, quality: 'default', nodeRepulsion: 6000, idealEdgeLength: 70, packComponents: true },
    concentric: { name: 'concentric', animate, concentric: (n: cytoscape.NodeSingular) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 12 },
    grid: { name: 'grid', animate, avoidOverlap: true, sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => String(a.data('helix') ?? a.data('type')).localeCompare(String(b.data('helix') ?? b.data('type'))) },
    helix: {},
  };
  await layoutDone(eles.layout({ ...options[name], fit: false } as cytoscape.LayoutOptions));
}

function layoutDone(layout: cytoscape.Layouts): Promise<void> {
  return new Promise((resolve) => {
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
