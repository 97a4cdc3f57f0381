import type { GraphElements } from '../api/client.ts';
import { HELIX_COLOURS, TYPE_SHAPES } from '../canvas/helix.ts';
import { shareKind } from '../canvas/style.ts';
import type { Key, Translator } from '../i18n/index.ts';
import { SHARE_COLOURS, TYPE_COLOURS, type ShareKind } from '../ui/tokens.ts';

// What the legend says, once: the page's legend draws it, and so does the exported picture.

export interface LegendEntry {
  label: string;
  colour: string;
  /** Cytoscape's node shape, for node entries. */
  shape?: string;
  /** A link drawn dashed. */
  dashed?: boolean;
}

export interface LegendEntries {
  helix: LegendEntry[];
  types: LegendEntry[];
  links: LegendEntry[];
}

const SHARE_WORDS: Record<ShareKind, Key> = { actors: 'shareActors', projects: 'shareProjects', both: 'shareBoth', technology: 'shareTechnology' };

/**
 * The helix colours of actors (when the scene has any); the colour and shape of each other node type in the scene (every
 * type without a scene); and, where sectors are linked, what their links stand for.
 */
export function legendEntries(tr: Translator, scene?: GraphElements): LegendEntries {
  const present = scene ? new Set(scene.nodes.map((n) => n.data.type)) : new Set(Object.keys(TYPE_SHAPES));
  const shares = new Set(scene?.edges.map((e) => shareKind(e.data)).filter((k) => k !== undefined));
  const actors = !scene || scene.nodes.some((n) => n.data.type === 'Actor' || n.data.helix);
  return {
    helix: Object.entries(HELIX_COLOURS)
      .filter(() => actors).map(([key, colour]) => ({ label: tr.helix(key), colour, shape: TYPE_SHAPES.Actor })),
    types: Object.entries(TYPE_SHAPES)
      .filter(([type]) => type !== 'Actor' && present.has(type))
      .map(([type, shape]) => ({ label: tr.type(type), colour: TYPE_COLOURS[type]!, shape })),
    links: (Object.keys(SHARE_COLOURS) as ShareKind[]).filter((k) => shares.has(k)).map((k) => ({ label: tr.t(SHARE_WORDS[k]), colour: SHARE_COLOURS[k], dashed: k === 'technology' })),
  };
}
