import { useEffect, useRef, useState } from 'react';
import type { GraphElements } from '../../api/client.ts';
import { runLayout } from '../../canvas/index.ts';
import { createCore } from '../../canvas/core.ts';

/** How many actors the picture names. */
const LABELLED = 30;

/**
 * The scope's network as a still picture for the report: drawn once with the canvas's style and the
 * helix layout, then kept as a PNG (twice the size) so it prints and travels in the saved file.
 */
export function ReportNetwork({ elements, alt }: { elements: GraphElements; alt: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const cy = createCore(box.current, elements);
    let live = true;
    void runLayout(cy, 'helix', false).then(() => {
      if (!live || cy.destroyed()) return;
      // a still picture cannot be zoomed: the best-connected actors are named on it
      cy.nodes()
        .sort((a, b) => b.degree(false) - a.degree(false))
        .slice(0, LABELLED)
        .addClass('labelled');
      cy.fit(undefined, 24);
      setSrc(cy.png({ full: true, scale: 2, bg: '#ffffff' }));
      cy.destroy();
    });
    return () => {
      live = false;
      if (!cy.destroyed()) cy.destroy();
    };
  }, [elements]);
  return src ? <img className="report-network" src={src} alt={alt} data-testid="report-network" /> : <div ref={box} className="report-network-draft" aria-hidden="true" />;
}
