import type cytoscape from 'cytoscape';
import { clearLabels, placeLabels } from '../canvas/behaviours/labels.ts';
import { xmlAllowed } from './xml.ts';

/**
 * The canvas as SVG (cytoscape-svg) made safe to open: the browser's serialiser escapes markup in
 * labels but copies control characters, which XML 1.0 forbids, so one such label made the file
 * unreadable. They are dropped here.
 */
export function safeSvg(serialised: string): string {
  return xmlAllowed(serialised);
}

/**
 * The whole scene as SVG with every node's full label, wrapped onto lines instead of cut with an
 * ellipsis (a vector picture is zoomed in an editor, where every name must be readable). The
 * canvas's own choice of labels comes back afterwards.
 */
export function fullLabelSvg(cy: cytoscape.Core): string {
  clearLabels(cy);
  cy.nodes().addClass('export-label');
  // cytoscape-svg draws the label text Cytoscape last laid out: lay out the new labels now
  cy.nodes().boundingBox({ useCache: false } as cytoscape.BoundingBoxOptions);
  try {
    return safeSvg(cy.svg({ full: true, bg: '#ffffff' }));
  } finally {
    cy.nodes().removeClass('export-label');
    placeLabels(cy);
  }
}
