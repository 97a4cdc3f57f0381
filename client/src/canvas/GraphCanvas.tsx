import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import type { GraphElements } from '../api/client.ts';
import { HELIX_COLOURS, OTHER_COLOUR, TYPE_SHAPES } from './helix.ts';

cytoscape.use(fcose);

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      width: 18,
      height: 18,
      'background-color': (n: cytoscape.NodeSingular) => HELIX_COLOURS[n.data('helix') as string] ?? OTHER_COLOUR,
      shape: (n: cytoscape.NodeSingular) => (TYPE_SHAPES[n.data('type') as string] ?? 'ellipse') as cytoscape.Css.NodeShape,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge', style: { width: 1, 'line-color': '#c8ccd2', 'curve-style': 'haystack', opacity: 0.7 } },
  { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'line-color': '#555', width: 2 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
];

/** The one canvas of the app: views hand it elements, it draws them with Cytoscape. */
export function GraphCanvas({ elements, onSelect }: { elements: GraphElements; onSelect?: (id: string | null) => void }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: { nodes: elements.nodes, edges: elements.edges },
      style,
      layout: { name: elements.nodes.length > 3000 ? 'grid' : 'fcose', animate: false, randomize: true } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => onSelect?.(e.target.id() as string));
    cy.on('tap', (e) => e.target === cy && onSelect?.(null));
    (window as unknown as { cy?: cytoscape.Core }).cy = cy;
    return () => cy.destroy();
  }, [elements, onSelect]);
  return <div ref={container} className="canvas" data-testid="canvas" />;
}
