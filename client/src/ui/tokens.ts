import { HELIX_COLOURS, OTHER_COLOUR } from '../canvas/helix.ts';

// The colours that exist both on the canvas (Cytoscape needs values, not CSS variables) and in the
// page. They are defined once in TypeScript and published as CSS custom properties at start-up, so
// a swatch in a list and a node on the canvas can never disagree. Spacing and type sizes have no
// use outside CSS and live in tokens.css.

/** Non-actor node types: distinct from each other and from the five helix colours, dark enough to read on white. */
export const TYPE_COLOURS: Record<string, string> = {
  Sector: '#6A3D9A',
  Technology: '#B59A00',
  Region: '#8C564B',
  Policy: '#3F4A56',
  Project: '#882255',
  Document: '#6F7782',
  Group: '#9AA3AD',
};

/**
 * What a link between two sectors stands for in the cross-sector view: shared actors only,
 * shared projects only, both, or a technology enabling the sector. Paul Tol's colour-blind-safe
 * set, apart from the helix and node-type colours.
 */
export const SHARE_COLOURS = {
  actors: '#4477AA',
  projects: '#AA3377',
  both: '#332288',
  technology: TYPE_COLOURS.Technology!,
} as const;
export type ShareKind = keyof typeof SHARE_COLOURS;

/** A node's colour: its helix for an actor, its type's colour for anything else. */
export const nodeColour = (type: unknown, helix: unknown): string => HELIX_COLOURS[String(helix)] ?? TYPE_COLOURS[String(type)] ?? OTHER_COLOUR;

/** `--helix-<helix>`, `--type-<type>` and `--other` for the stylesheets. */
export function colourVariables(): Record<string, string> {
  const vars: Record<string, string> = { '--other': OTHER_COLOUR };
  for (const [helix, colour] of Object.entries(HELIX_COLOURS)) vars[`--helix-${helix.replaceAll('_', '-')}`] = colour;
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) vars[`--type-${type.toLowerCase()}`] = colour;
  for (const [kind, colour] of Object.entries(SHARE_COLOURS)) vars[`--share-${kind}`] = colour;
  return vars;
}

export function publishColourVariables(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(colourVariables())) root.style.setProperty(name, value);
}
