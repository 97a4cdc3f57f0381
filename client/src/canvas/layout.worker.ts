// Force-directed layout of large scenes in a Web Worker, so the page keeps responding.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  quality: 'draft' | 'default' | 'proof';
}
export interface LayoutReply {
  positions?: Record<string, { x: number; y: number }>;
  error?: string;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  try {
    const { nodes, edges, quality } = e.data;
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
