import { describe, expect, it } from 'vitest';
import type { GraphElements } from '../../../client/src/api/client.ts';
import { translator } from '../../../client/src/i18n/index.ts';
import { legendEntries } from '../../../client/src/shell/legend-entries.ts';
import { SHARE_COLOURS, TYPE_COLOURS } from '../../../client/src/ui/tokens.ts';
import { scene } from './fixtures.ts';

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
