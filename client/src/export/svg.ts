import { xmlAllowed } from './xml.ts';

/**
 * The canvas as SVG (cytoscape-svg) made safe to open: the browser's serialiser escapes markup in
 * labels but copies control characters, which XML 1.0 forbids, so one such label made the file
 * unreadable. They are dropped here.
 */
export function safeSvg(serialised: string): string {
  return xmlAllowed(serialised);
}
