import { describe, expect, it } from 'vitest';
import { HELIX_COLOURS, OTHER_COLOUR } from '../../../client/src/canvas/helix.ts';
import { canvasStyle as stylesheet, edgeLook, edgeWidth, nodeLook } from '../../../client/src/canvas/style.ts';

type Rule = { selector: string; style: Record<string, unknown> };
const canvasStyle = (large: boolean) => stylesheet(large) as unknown as Rule[];

describe('the canvas look', () => {
  it('gives each node its helix colour and type shape once, as data the stylesheet reads', () => {
    expect(nodeLook({ type: 'Actor', helix: 'industry' })).toEqual({ _colour: HELIX_COLOURS.industry, _shape: 'ellipse', _size: 20 });
    expect(nodeLook({ type: 'Sector' })).toEqual({ _colour: OTHER_COLOUR, _shape: 'round-rectangle', _size: 20 });
    expect(nodeLook({ type: 'Unknown', helix: 'nonsense' })).toMatchObject({ _colour: OTHER_COLOUR, _shape: 'ellipse' });
    expect(edgeLook({ weight: 7 })).toEqual({ _width: edgeWidth(7) });
    expect(edgeLook({})).toEqual({ _width: 1 });
  });

  it('has no style functions, which Cytoscape would run per element on every restyle', () => {
    for (const large of [false, true]) {
      for (const rule of canvasStyle(large)) {
        for (const [prop, value] of Object.entries(rule.style)) expect(typeof value, `${rule.selector} ${prop}`).not.toBe('function');
      }
    }
  });

  it('draws large scenes without labels or curved links, labelling only what the canvas marks in view', () => {
    const large = canvasStyle(true);
    const node = large.find((r) => r.selector === 'node')!.style;
    const edge = large.find((r) => r.selector === 'edge')!.style;
    expect(node.label).toBe('');
    expect(edge['curve-style']).toBe('haystack');
    expect(edge['target-arrow-shape']).toBeUndefined();
    expect(large.find((r) => r.selector === 'node.labelled')?.style).toMatchObject({ label: 'data(label)' });
    expect((canvasStyle(false).find((r) => r.selector === 'node')!.style).label).toBe('data(label)');
  });
});
