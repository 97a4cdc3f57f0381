// Force-directed layout of large scenes in a Web Worker, so the page keeps responding.
import coseBase from 'cose-base';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  quality: 'draft' | 'default' | 'proof';
  /** Upper bound on the force-directed iterations (before fcose re-attaches the trees it pruned). */
  maxIterations?: number;
}
export interface LayoutReply {
  positions?: Record<string, { x: number; y: number }>;
  error?: string;
}

// fcose ignores a `numIter` below 5 × nodes: 5,000 iterations at 1,000 nodes, about a minute.
// In this worker only, the bound is lowered and the cooling schedule follows it (cose-base cools
// over maxIterations / 100 cycles), so the layout still settles, just sooner.
let iterationCap = Infinity;
const initSpringEmbedder = coseBase.CoSELayout.prototype.initSpringEmbedder;
coseBase.CoSELayout.prototype.initSpringEmbedder = function () {
  initSpringEmbedder.call(this);
  if (this.maxIterations > iterationCap) {
    this.maxIterations = iterationCap;
    this.maxCoolingCycle = iterationCap / 100;
  }
};

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  try {
    const { nodes, edges, quality, maxIterations } = e.data;
    iterationCap = maxIterations ?? Infinity;
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: {
        nodes: nodes.map((id) => ({ data: { id } })),
        edges: edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
      },
      style: [{ selector: 'node', style: { width: 20, height: 20 } }],
    });
    cy.layout({ name: 'fcose', animate: false, randomize: true, quality, nodeRepulsion: 6000, idealEdgeLength: 60 } as cytoscape.LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    cy.destroy();
    (self as unknown as Worker).postMessage({ positions } satisfies LayoutReply);
  } catch (err) {
    (self as unknown as Worker).postMessage({ error: (err as Error).message } satisfies LayoutReply);
  }
};
