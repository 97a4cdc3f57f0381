// The same scene drawn by sigma.js 3 (WebGL), for the client-draw benchmark: bundled by the
// benchmark and served beside the app, its API answered the same way. It records its times on
// window.helixCanvas as the app's canvas does, so both are measured by the same page scripts.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { Timing } from '../client/src/canvas/GraphCanvas.tsx';
import { seedPosition } from '../client/src/canvas/layouts.ts';
import { nodeColour } from '../client/src/ui/tokens.ts';

interface Scene {
  nodes: { data: { id: string; label: string; helix?: string; type: string } }[];
  edges: { data: { id: string; source: string; target: string } }[];
}
/** What the app's canvas reports to the benchmark, reported the same way by sigma's page. */
type Bench = Omit<Timing, 'state'> & { state: string };
const w = window as unknown as { helixCanvas?: Bench; sigma?: Sigma; benchNodeInView?: (nth: number) => { x: number; y: number } | null; benchArmClick?: () => void; __click?: Promise<unknown> };

const container = document.createElement('div');
container.style.cssText = 'position:absolute;inset:0';
document.body.appendChild(container);

const scene = (await (await fetch('/api/overview')).json()) as Scene;
const graph = new Graph({ multi: true, type: 'undirected' });
scene.nodes.forEach((n, i) => graph.addNode(n.data.id, { ...seedPosition(i), size: 3, label: n.data.label, color: nodeColour(n.data.type, n.data.helix) }));
for (const e of scene.edges) graph.addEdgeWithKey(e.data.id, e.data.source, e.data.target, { size: 0.6, color: '#b9bec6' });
w.helixCanvas = { nodes: graph.order, edges: graph.size, state: 'drawing', createdAt: performance.now() };
const sigma = new Sigma(graph, container, { hideEdgesOnMove: true });
w.sigma = sigma;
// sigma draws in the constructor; the second frame after it has been painted
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    const now = performance.now();
    // no layout here: the first frame's positions stay, so "ready" is the first frame
    w.helixCanvas = { ...w.helixCanvas!, drawnAt: now, completeAt: now, readyAt: now, layoutMs: 0, state: 'ready' };
  }),
);

let selected: string | null = null;
sigma.on('clickNode', ({ node }) => {
  if (selected && graph.hasNode(selected)) graph.setNodeAttribute(selected, 'highlighted', false);
  selected = node;
  graph.setNodeAttribute(node, 'highlighted', true);
  window.dispatchEvent(new CustomEvent('bench-select'));
});
sigma.on('clickStage', () => {
  if (selected && graph.hasNode(selected)) graph.setNodeAttribute(selected, 'highlighted', false);
  selected = null;
});

w.benchNodeInView = (nth) => {
  const box = container.getBoundingClientRect();
  const ps = graph
    .mapNodes((_id, a) => sigma.graphToViewport({ x: a.x as number, y: a.y as number }))
    .filter((p) => p.x > 40 && p.y > 40 && p.x < box.width - 40 && p.y < box.height - 40)
    .sort((a, b) => Math.hypot(a.x - box.width / 2, a.y - box.height / 2) - Math.hypot(b.x - box.width / 2, b.y - box.height / 2));
  const p = ps[nth % Math.max(1, ps.length)];
  return p ? { x: box.left + p.x, y: box.top + p.y } : null;
};
w.benchArmClick = () => {
  w.__click = new Promise((resolve) => {
    let inputAt: number | null = null;
    window.addEventListener('pointerdown', (e) => void (inputAt = e.timeStamp), { capture: true, once: true });
    window.addEventListener('bench-select', () => requestAnimationFrame(() => resolve({ inputAt, paintedAt: performance.now() })), { once: true });
  });
};
