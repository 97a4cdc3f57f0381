import type cytoscape from 'cytoscape';
import { CHANGE_COLOURS, HELIX_COLOURS, OTHER_COLOUR, TYPE_SHAPES } from './helix.ts';

/** Scenes with more nodes than this are drawn with the simple style: no labels until zoomed in, straight links. */
export const LARGE_SCENE = 1500;

/** In a large scene, labels appear from this zoom level on, for the nodes in view. */
export const LABEL_ZOOM = 1.5;

/** Edge width from weight: 1 px, growing slowly with the weight. */
export const edgeWidth = (weight: unknown) => (typeof weight === 'number' && weight > 0 ? Math.min(8, 1 + Math.log2(1 + weight)) : 1);

/**
 * What a node looks like, computed once when it joins the canvas. The stylesheet reads these
 * fields with `data(...)` mappers: style functions would run per element on every restyle.
 */
export function nodeLook(d: Record<string, unknown>): { _colour: string; _shape: string; _size: number } {
  return { _colour: HELIX_COLOURS[String(d.helix)] ?? OTHER_COLOUR, _shape: TYPE_SHAPES[String(d.type)] ?? 'ellipse', _size: 20 };
}

export function edgeLook(d: Record<string, unknown>): { _width: number } {
  return { _width: edgeWidth(d.weight) };
}

export function canvasStyle(large: boolean): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(_colour)',
        shape: 'data(_shape)' as cytoscape.Css.NodeShape,
        width: 'data(_size)',
        height: 'data(_size)',
        label: large ? '' : 'data(label)',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis',
        'min-zoomed-font-size': large ? 12 : 7,
        'border-width': large ? 0 : 0.5,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: large
        ? { width: 0.6, 'line-color': '#b9bec6', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.5 }
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
    // A tie compared between two periods (/compare): gained, lost (dashed as well) or kept.
    { selector: 'edge[change = "gained"]', style: { 'line-color': CHANGE_COLOURS.gained, opacity: 0.95 } },
    { selector: 'edge[change = "lost"]', style: { 'line-color': CHANGE_COLOURS.lost, 'line-style': 'dashed', opacity: 0.95 } },
    { selector: 'edge[change = "kept"]', style: { 'line-color': CHANGE_COLOURS.kept } },
    // Large scenes label only the nodes in view once zoomed in (GraphCanvas sets the class).
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    { selector: 'node[type = "Group"]', style: { label: 'data(label)', 'font-size': 11, 'min-zoomed-font-size': 0 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111', label: 'data(label)', 'z-index': 10 } },
    { selector: 'edge:selected', style: { 'line-color': '#111', width: 3 } },
    { selector: 'node.kbd-focus', style: { 'overlay-color': '#1f4f8f', 'overlay-opacity': 0.25, 'overlay-padding': 6, label: 'data(label)', 'z-index': 30 } },
    { selector: 'node.pinned', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#333' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': '#D55E00', label: 'data(label)', 'z-index': 20 } },
    { selector: 'edge.highlighted', style: { 'line-color': '#D55E00', width: 4, opacity: 1, 'z-index': 20 } },
  ];
}
