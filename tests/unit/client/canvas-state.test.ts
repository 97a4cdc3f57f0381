// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fitGraph, isFitted, markMoved } from '../../../client/src/canvas/behaviours/fit.ts';
import { createCore } from '../../../client/src/canvas/core.ts';
import { addLinksLater, finishLinks } from '../../../client/src/canvas/links-later.ts';
import { holdScene } from '../../../client/src/canvas/quiet-redraw.ts';
import { scene } from './fixtures.ts';

// The canvas's own bookkeeping (camera fitted, links to come, scene held) restyles no element:
// Cytoscape restyles every element of the scene when its core's scratch is written.

const cys: ReturnType<typeof createCore>[] = [];
afterEach(() => {
  for (const cy of cys.splice(0)) cy.destroy();
});

describe('the canvas state', () => {
  it('remembers the fit, a camera move, links to come and a held scene without restyling any element', () => {
    const cy = createCore(undefined, { nodes: scene.nodes, edges: [] });
    cys.push(cy);
    let restyled = 0;
    cy.on('style', () => restyled++);
    fitGraph(cy, false, { x1: 0, y1: 0, w: 100, h: 100 });
    markMoved(cy);
    expect(isFitted(cy)).toBe(false);
    holdScene(cy, true);
    holdScene(cy, false);
    addLinksLater(cy, []);
    finishLinks(cy);
    expect(restyled).toBe(0);
  });
});
