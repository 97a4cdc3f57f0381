import { describe, expect, it } from 'vitest';
import type { GraphElements } from '../../../client/src/api/client.ts';
import { mostConnected } from '../../../client/src/graph/first-screen.ts';
import { translator } from '../../../client/src/i18n/index.ts';
import { legendEntries } from '../../../client/src/shell/legend-entries.ts';
import { SHARE_COLOURS, TYPE_COLOURS } from '../../../client/src/ui/tokens.ts';
import { scene } from './fixtures.ts';

// A star of hubs with many leaves: the first screen keeps the hubs.
function stars(hubs: number, leaves: number): GraphElements {
  const nodes: GraphElements['nodes'] = [];
  const edges: GraphElements['edges'] = [];
  for (let h = 0; h < hubs; h++) {
    nodes.push({ data: { id: `Actor:hub-${h}`, label: `Hub ${h}`, type: 'Actor', helix: 'industry' } });
    for (let l = 0; l < leaves; l++) {
      nodes.push({ data: { id: `Actor:leaf-${h}-${l}`, label: `Leaf ${h}.${l}`, type: 'Actor', helix: 'academia' } });
      edges.push({ data: { id: `e-${h}-${l}`, source: `Actor:hub-${h}`, target: `Actor:leaf-${h}-${l}`, type: 'COLLABORATES_WITH' } });
    }
    if (h > 0) edges.push({ data: { id: `hub-${h}`, source: `Actor:hub-${h - 1}`, target: `Actor:hub-${h}`, type: 'COLLABORATES_WITH' } });
  }
  return { nodes, edges };
}

describe('the overview’s first screen', () => {
  it('keeps the most connected nodes and the links among them', () => {
    const g = stars(5, 30);
    const first = mostConnected(g, 10);
    expect(first.nodes).toHaveLength(10);
    for (let h = 0; h < 5; h++) expect(first.nodes.map((n) => n.data.id)).toContain(`Actor:hub-${h}`);
    const kept = new Set(first.nodes.map((n) => n.data.id));
    expect(first.edges.every((e) => kept.has(e.data.source) && kept.has(e.data.target))).toBe(true);
    expect(first.edges.filter((e) => e.data.id.startsWith('hub-'))).toHaveLength(4);
    // the same scene gives the same screen, so a link reopens it
    expect(mostConnected(g, 10)).toEqual(first);
  });

  it('leaves a scene that is hardly larger as it is', () => {
    const g = stars(1, 11);
    expect(mostConnected(g, 10)).toBe(g);
  });
});

describe('the legend', () => {
  it('names the helices, and the other node types of the scene in their own colours and shapes, in the interface language', () => {
    const nl = legendEntries(translator('nl'), scene);
    expect(nl.helix.map((e) => e.label)).toEqual(['Overheid', 'Industrie', 'Academie', 'Intermediair', 'Middenveld']);
    expect(nl.types).toEqual([
      { label: 'Sector', colour: TYPE_COLOURS.Sector, shape: 'round-rectangle' },
      { label: 'Technologie', colour: TYPE_COLOURS.Technology, shape: 'diamond' },
    ]);
    expect(nl.links).toEqual([{ label: 'Technologie die de sector mogelijk maakt', colour: SHARE_COLOURS.technology, dashed: true }]);
  });

  it('says what links between sectors stand for, only the kinds the scene has', () => {
    const g: GraphElements = {
      nodes: [
        { data: { id: 'Sector:a', label: 'A', type: 'Sector' } },
        { data: { id: 'Sector:b', label: 'B', type: 'Sector' } },
        { data: { id: 'Sector:c', label: 'C', type: 'Sector' } },
      ],
      edges: [
        { data: { id: 'ab', source: 'Sector:a', target: 'Sector:b', type: 'SHARES', actors: 2, projects: 0, weight: 2 } },
        { data: { id: 'bc', source: 'Sector:b', target: 'Sector:c', type: 'SHARES', actors: 1, projects: 1, weight: 2 } },
      ],
    };
    expect(legendEntries(translator('en'), g).links.map((e) => e.label)).toEqual(['Shared actors', 'Shared actors and projects']);
  });
});
