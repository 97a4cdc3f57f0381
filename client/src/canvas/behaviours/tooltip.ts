import type cytoscape from 'cytoscape';
import type { Translator } from '../../i18n/index.ts';
import { defineBehaviour } from './behaviour.ts';

// A node's tooltip on hover: its name (and English name), type, helix, kind and number of links,
// in the interface language of the moment. Hidden when the pointer leaves or the camera moves.

export interface Tip {
  x: number;
  y: number;
  lines: string[];
}
export interface TooltipOptions {
  show: (tip: Tip | null) => void;
  /** The translator of the moment (the language may change while the canvas lives). */
  t: () => Translator['t'];
}

export function tooltipLines(n: cytoscape.NodeSingular, t: Translator['t']): string[] {
  const d = n.data() as Record<string, unknown>;
  return [String(d.label), ...(d.nameEn && d.nameEn !== d.label ? [String(d.nameEn)] : []), [d.type, d.helix, d.kind].filter(Boolean).join(' · '), t('linksCount', { n: n.degree(false) })];
}

export const tooltip = defineBehaviour<TooltipOptions>({
  name: 'tooltip',
  install(cy, { show, t }) {
    const over = (e: cytoscape.EventObject) => {
      const n = e.target as cytoscape.NodeSingular;
      const p = e.renderedPosition ?? n.renderedPosition();
      show({ x: p.x, y: p.y, lines: tooltipLines(n, t()) });
    };
    const hide = () => show(null);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', hide);
    cy.on('viewport', hide);
    return () => {
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', hide);
      cy.off('viewport', hide);
    };
  },
});
