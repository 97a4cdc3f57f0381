import type cytoscape from 'cytoscape';
import { LABEL_ZOOM } from '../style.ts';
import { defineBehaviour } from './behaviour.ts';

// Label density of large scenes: labels only for the nodes in view, once zoomed in far enough to
// read them; none otherwise. Worked out again when the camera rests.

export function labelInView(cy: cytoscape.Core): void {
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

export interface LabelsOptions {
  /** How long the camera must rest before labels are worked out again. */
  delayMs?: number;
}

export const labels = defineBehaviour<LabelsOptions>({
  name: 'labels',
  install(cy, { delayMs = 200 } = {}) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => labelInView(cy), delayMs);
    };
    cy.on('viewport', later);
    return () => {
      clearTimeout(timer);
      cy.off('viewport', later);
      if (!cy.destroyed()) cy.nodes('.labelled').removeClass('labelled');
    };
  },
});
