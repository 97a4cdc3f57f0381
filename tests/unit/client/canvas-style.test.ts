import { describe, expect, it } from 'vitest';
import { HELIX_COLOURS, OTHER_COLOUR } from '../../../client/src/canvas/helix.ts';
import { SHARE_COLOURS, TYPE_COLOURS } from '../../../client/src/ui/tokens.ts';
import { canvasStyle as stylesheet, edgeLook, edgeWidth, nodeLook } from '../../../client/src/canvas/style.ts';

type Rule = { selector: string; style: Record<string, unknown> };
const canvasStyle = (large: boolean) => stylesheet(large) as unknown as Rule[];

describe('the canvas look', () => {
  it('gives each node its helix colour and type shape once, as data the stylesheet reads', () => {
    expect(nodeLook({ type: 'Actor', helix: 'industry' })).toEqual({ _colour: HELIX_COLOURS.industry, _shape: 'ellipse', _size: 20 });
    expect(nodeLook({ type: 'Sector' })).toEqual({ _colour: TYPE_COLOURS.Sector, _shape: 'round-rectangle', _size: 20 });
    expect(nodeLook({ type: 'Unknown', helix: 'nonsense' })).toMatchObject({ _colour: OTHER_COLOUR, _shape: 'ellipse' });
    expect(edgeLook({ weight: 7 })).toEqual({ _width: edgeWidth(7) });
    expect(edgeLook({})).toEqual({ _width: 1 });
  });

  it('tells every node type apart by colour, none of them a helix colour', () => {
    const types = ['Sector', 'Technology', 'Region', 'Policy', 'Project'];
    const colours = types.map((type) => nodeLook({ type })._colour.toUpperCase());
    expect(new Set(colours).size).toBe(types.length);
    for (const c of colours) expect(Object.values(HELIX_COLOURS).map((h) => h.toUpperCase())).not.toContain(c);
    expect(colours).not.toContain(OTHER_COLOUR.toUpperCase());
  });

  it('colours a link between sectors by what the sectors share', () => {
    expect(edgeLook({ type: 'SHARES', actors: 3, projects: 0, weight: 3 })._share).toBe('actors');
    expect(edgeLook({ type: 'SHARES', actors: 0, projects: 2, weight: 2 })._share).toBe('projects');
    expect(edgeLook({ type: 'SHARES', actors: 1, projects: 2, weight: 3 })._share).toBe('both');
    expect(edgeLook({ type: 'ENABLED_BY' })._share).toBe('technology');
    expect(edgeLook({ type: 'COLLABORATES_WITH' })._share).toBeUndefined();
    const rules = canvasStyle(false);
    for (const [kind, colour] of Object.entries(SHARE_COLOURS)) expect(rules.find((r) => r.selector === `edge[_share = "${kind}"]`)?.style['line-color']).toBe(colour);
  });

  it('has no style functions, which Cytoscape would run per element on every restyle', () => {
    for (const large of [false, true]) {
      for (const rule of canvasStyle(large)) {
        for (const [prop, value] of Object.entries(rule.style)) expect(typeof value, `${rule.selector} ${prop}`).not.toBe('function');
      }
    }
  });

  it('draws large scenes with straight links, and labels in any scene only the nodes the labels behaviour marks', () => {
    const large = canvasStyle(true);
    const edge = large.find((r) => r.selector === 'edge')!.style;
    expect(edge['curve-style']).toBe('haystack');
    expect(edge['target-arrow-shape']).toBeUndefined();
    for (const big of [false, true]) {
      expect(canvasStyle(big).find((r) => r.selector === 'node')!.style.label).toBe('');
      expect(canvasStyle(big).find((r) => r.selector === 'node.labelled')?.style).toMatchObject({ label: 'data(label)' });
    }
  });
});
