import type cytoscape from 'cytoscape';
import { keepState, stateOf } from './canvas-state.ts';
import type { GraphElements } from '../api/client.ts';
import { nodeColour, SHARE_COLOURS, type ShareKind } from '../ui/tokens.ts';
import { CHANGE_COLOURS, TYPE_SHAPES } from './helix.ts';

/** Scenes with more nodes than this are drawn with the simple style: no labels until zoomed in, straight links. */
export const LARGE_SCENE = 1500;

/** Edge width from weight: 1 px, growing slowly with the weight. */
export const edgeWidth = (weight: unknown) => (typeof weight === 'number' && weight > 0 ? Math.min(8, 1 + Math.log2(1 + weight)) : 1);

/**
 * What a node looks like, computed once when it joins the canvas. The stylesheet reads these
 * fields with `data(...)` mappers: style functions would run per element on every restyle.
 */
export function nodeLook(d: Record<string, unknown>): { _colour: string; _shape: string; _size: number } {
  return { _colour: nodeColour(d.type, d.helix), _shape: TYPE_SHAPES[String(d.type)] ?? 'ellipse', _size: 20 };
}

/** What a link between sectors stands for: shared actors, projects or both, or an enabling technology. */
export function shareKind(d: Record<string, unknown>): ShareKind | undefined {
  if (d.type === 'ENABLED_BY') return 'technology';
  if (d.type !== 'SHARES') return undefined;
  const actors = Number(d.actors ?? 0);
  const projects = Number(d.projects ?? 0);
  return projects === 0 ? 'actors' : actors === 0 ? 'projects' : 'both';
}

export function edgeLook(d: Record<string, unknown>): { _width: number; _share?: ShareKind } {
  const share = shareKind(d);
  return { _width: edgeWidth(d.weight), ...(share ? { _share: share } : {}) };
}

/** Element data as the canvas draws it: the scene's data plus its precomputed look. */
export const nodeElement = (n: GraphElements['nodes'][number]) => ({ data: { ...n.data, ...nodeLook(n.data) } });
export const edgeElement = (e: GraphElements['edges'][number]) => ({ data: { ...e.data, ...edgeLook(e.data) } });

/**
 * The stylesheet. With `overlay` (large scenes on the canvas renderer) selection, keyboard focus
 * and chosen labels change nothing here: the overlay draws them (behaviours/overlay.ts), so a
 * click or a new set of labels does not make Cytoscape redraw the whole scene.
 */
const OVERLAY = 'helixOverlay';
/** Whether selection, focus and chosen labels of this canvas are drawn on the overlay (large scenes, canvas renderer). */
export const overlayDrawn = (cy: cytoscape.Core) => stateOf(cy, OVERLAY) === true;
export const markOverlayDrawn = (cy: cytoscape.Core) => keepState(cy, OVERLAY, true);

/** The look of a selection and of the keyboard focus, shared with the overlay that draws them in large scenes. */
export const SELECTED_COLOUR = '#111';
export const SELECTED_BORDER = 3;
export const FOCUS_COLOUR = '#1f4f8f';
export const LABEL_COLOUR = '#1d232b';
export const LABEL_BAND = '#ffffff';

/** Colours no element of the canvas draws (nodes have no line, links no arrows): Cytoscape's default, set on selected elements as on the rest. */
const UNUSED_COLOUR = '#999';
const ARROWS_UNUSED = { 'source-arrow-color': UNUSED_COLOUR, 'mid-source-arrow-color': UNUSED_COLOUR, 'target-arrow-color': UNUSED_COLOUR, 'mid-target-arrow-color': UNUSED_COLOUR };

/** How a label drawn by Cytoscape sits under its node (the overlay draws its own the same way). */
const LABEL_TEXT = {
  'font-size': 9,
  'text-valign': 'bottom',
  'text-margin-y': 3,
  'text-max-width': '120px',
  'text-wrap': 'ellipsis',
  color: LABEL_COLOUR,
} as const;

export function canvasStyle(large: boolean, overlay = false): cytoscape.StylesheetJson {
  const drawnHere = (rule: cytoscape.StylesheetJsonBlock) => (overlay ? [] : [rule]);
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(_colour)',
        shape: 'data(_shape)' as cytoscape.Css.NodeShape,
        width: 'data(_size)',
        height: 'data(_size)',
        // Labels are chosen by the labels behaviour (node.labelled): the most important nodes
        // whose labels fit without overlapping, sized in screen pixels.
        label: '',
        // With the overlay, Cytoscape draws the labels of a few nodes only (the rule below): every
        // property set here is worked out for each of 10,000 nodes before the first frame.
        ...(overlay ? {} : { ...LABEL_TEXT, 'border-width': large ? 0 : 0.5, 'border-color': '#ffffff' }),
      },
    },
    // the nodes whose labels Cytoscape still draws with the overlay: groups, a highlighted path, the SVG export
    ...(overlay ? [{ selector: 'node[type = "Group"], node.highlighted, node.export-label', style: LABEL_TEXT }] : []),
    {
      selector: 'edge',
      style: large
        ? { width: 0.6, 'line-color': '#b9bec6', 'curve-style': 'haystack', opacity: 0.5 }
        : {
            width: 'data(_width)',
            'line-color': '#c3c8cf',
            'curve-style': 'bezier',
            'target-arrow-shape': 'none',
            opacity: 0.8,
          },
    },
    { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'line-color': '#6b7480' } },
    { selector: 'edge[type = "SHARES"], edge[type = "GROUPED"]', style: { 'line-color': '#7a8591', width: 'data(_width)' } },
    ...(Object.entries(SHARE_COLOURS) as [ShareKind, string][]).map(([kind, colour]) => ({ selector: `edge[_share = "${kind}"]`, style: { 'line-color': colour, opacity: 0.85 } })),
    { selector: 'edge[_share = "technology"]', style: { 'line-style': 'dashed' as const, width: 1.5 } },
    // a light band behind a chosen label keeps it readable over the links that cross it
    ...drawnHere({ selector: 'node.labelled', style: { label: 'data(label)', 'z-index': 5, 'text-background-color': LABEL_BAND, 'text-background-opacity': 0.75, 'text-background-padding': '1px', 'text-background-shape': 'roundrectangle' } }),
    // A tie compared between two periods (/compare): gained, lost (dashed as well) or kept.
    { selector: 'edge[change = "gained"]', style: { 'line-color': CHANGE_COLOURS.gained, opacity: 0.95 } },
    { selector: 'edge[change = "lost"]', style: { 'line-color': CHANGE_COLOURS.lost, 'line-style': 'dashed', opacity: 0.95 } },
    { selector: 'edge[change = "kept"]', style: { 'line-color': CHANGE_COLOURS.kept } },
    { selector: 'node[type = "Group"]', style: { label: 'data(label)', 'font-size': 11, 'min-zoomed-font-size': 0 } },
    ...drawnHere({ selector: 'node:selected', style: { 'border-width': SELECTED_BORDER, 'border-color': SELECTED_COLOUR, label: 'data(label)', 'z-index': 10 } }),
    ...drawnHere({ selector: 'edge:selected', style: { 'line-color': SELECTED_COLOUR, width: SELECTED_BORDER } }),
    ...drawnHere({ selector: 'node.kbd-focus', style: { 'overlay-color': FOCUS_COLOUR, 'overlay-opacity': 0.25, 'overlay-padding': 6, label: 'data(label)', 'z-index': 30 } }),
    // Cytoscape's own darkening of a pressed element, and its own colours of a selected one,
    // would restyle it on every press and selection: here a pressed or selected element looks the
    // same (the colours it would set put back to Cytoscape's defaults, which it does not keep per element)
    ...(overlay
      ? [
          { selector: ':active', style: { 'overlay-opacity': 0, 'overlay-padding': 10, 'overlay-color': '#000' } },
          { selector: 'node:selected', style: { 'line-color': UNUSED_COLOUR, ...ARROWS_UNUSED } },
          { selector: 'edge:selected', style: ARROWS_UNUSED },
        ]
      : []),
    { selector: 'node.pinned', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#333' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': '#D55E00', label: 'data(label)', 'z-index': 20 } },
    { selector: 'edge.highlighted', style: { 'line-color': '#D55E00', width: 4, opacity: 1, 'z-index': 20 } },
    // the SVG export: every label, whole, wrapped onto lines
    { selector: 'node.export-label', style: { label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '180px', 'font-size': 9 } },
  ];
}
