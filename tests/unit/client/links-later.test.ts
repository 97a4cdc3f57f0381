// @vitest-environment jsdom
import type cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../client/src/canvas/core.ts';
import { addLinksLater, finishLinks, linksArrived, linksArriving, linksToCome, stopLinks, type LinksProgress } from '../../../client/src/canvas/links-later.ts';
import { canvasStyle } from '../../../client/src/canvas/style.ts';
import { scene } from './fixtures.ts';

// A large scene's links come after its first frame (links-later.ts): over a headless Cytoscape
// holding the fixture scene's nodes only.

const cys: cytoscape.Core[] = [];
const nodesOnly = () => {
  const cy = createCore(undefined, { nodes: scene.nodes, edges: [] });
  cys.push(cy);
  return cy;
};
afterEach(() => {
  for (const cy of cys.splice(0)) cy.destroy();
});
const linkIds = (cy: cytoscape.Core) => cy.edges().map((e) => e.id()).sort();

describe('links after the first frame', () => {
  it('brings every link of the scene, with its look, and says how far it is until all are in', async () => {
    const cy = nodesOnly();
    const heard: LinksProgress[] = [];
    addLinksLater(cy, scene.edges, { onProgress: (p) => heard.push(p) });
    expect(linksArriving(cy)).toBe(true);
    expect(cy.edges()).toHaveLength(0);
    await linksArrived(cy);
    expect(linkIds(cy)).toEqual(scene.edges.map((e) => e.data.id).sort());
    expect(cy.getElementById('e3').data('_width')).toBeGreaterThan(1);
    expect(heard[0]).toEqual({ added: 0, total: 6 });
    expect(heard.at(-1)).toEqual({ added: 6, total: 6 });
    expect(linksArriving(cy)).toBe(false);
  });

  it('gives each link the classes a filter or highlight set meanwhile', async () => {
    const cy = nodesOnly();
    addLinksLater(cy, scene.edges, { classesOf: (id) => (id === 'e1' ? ['filtered'] : []) });
    await linksArrived(cy);
    expect(cy.getElementById('e1').hasClass('filtered')).toBe(true);
    expect(cy.getElementById('e2').hasClass('filtered')).toBe(false);
  });

  it('counts the links still to come as part of the scene, and leaves out those of a node hidden meanwhile', async () => {
    const cy = nodesOnly();
    addLinksLater(cy, scene.edges);
    cy.getElementById('Actor:basf').remove();
    expect(linksToCome(cy).map((e) => e.data.id)).toEqual(['e5', 'e6']);
    await linksArrived(cy);
    expect(linkIds(cy)).toEqual(['e5', 'e6']);
  });

  it('adds the rest at once when the whole scene is needed now (an export)', () => {
    const cy = nodesOnly();
    const heard: LinksProgress[] = [];
    addLinksLater(cy, scene.edges, { onProgress: (p) => heard.push(p) });
    finishLinks(cy);
    expect(cy.edges()).toHaveLength(6);
    expect(heard.at(-1)).toEqual({ added: 6, total: 6 });
    expect(linksToCome(cy)).toEqual([]);
  });

  it('stops when the canvas takes other elements, and whoever waited goes on', async () => {
    const cy = nodesOnly();
    addLinksLater(cy, scene.edges);
    stopLinks(cy);
    await linksArrived(cy);
    expect(cy.edges()).toHaveLength(0);
    expect(linksArriving(cy)).toBe(false);
  });
});

describe('the large-scene stylesheet drawn with an overlay', () => {
  it('keeps a node and a link looking the same to Cytoscape when selected, so a click redraws nothing', () => {
    const cy = createCore(undefined, scene);
    cys.push(cy);
    cy.style(canvasStyle(true, true));
    const node = cy.getElementById('Actor:basf');
    const edge = cy.getElementById('e1');
    const keys = () => [node, edge].map((e) => (e as unknown as { _private: { styleKey: unknown } })._private.styleKey);
    const before = keys();
    node.select();
    edge.select();
    expect(keys()).toEqual(before);
  });
});
