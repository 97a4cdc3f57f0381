import type cytoscape from 'cytoscape';
import { defineBehaviour } from './behaviour.ts';

// A tap selects a node or a link (the details panel shows it); a tap on the background clears.

export interface SelectOptions {
  onSelect: (id: string | null, kind: 'node' | 'edge') => void;
}

export const select = defineBehaviour<SelectOptions>({
  name: 'select',
  install(cy, { onSelect }) {
    const node = (e: cytoscape.EventObject) => onSelect((e.target as cytoscape.NodeSingular).id(), 'node');
    const edge = (e: cytoscape.EventObject) => onSelect((e.target as cytoscape.EdgeSingular).id(), 'edge');
    const background = (e: cytoscape.EventObject) => void (e.target === cy && onSelect(null, 'node'));
    cy.on('tap', 'node', node);
    cy.on('tap', 'edge', edge);
    cy.on('tap', background);
    return () => {
      cy.off('tap', 'node', node);
      cy.off('tap', 'edge', edge);
      cy.off('tap', background);
    };
  },
});
