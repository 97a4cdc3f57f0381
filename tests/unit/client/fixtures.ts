import type { GraphElements } from '../../../client/src/api/client.ts';

/** A small scene: two actors per main helix, one sector, one technology. */
export const scene: GraphElements = {
  nodes: [
    { data: { id: 'Actor:uantwerpen', label: 'Universiteit Antwerpen', type: 'Actor', helix: 'academia', kind: 'university' } },
    { data: { id: 'Actor:vito', label: 'VITO', type: 'Actor', helix: 'academia', kind: 'research_centre' } },
    { data: { id: 'Actor:basf', label: 'BASF Antwerpen', type: 'Actor', helix: 'industry', kind: 'company' } },
    { data: { id: 'Actor:port', label: 'Port of Antwerp-Bruges', type: 'Actor', helix: 'government', kind: 'agency' } },
    { data: { id: 'Actor:catalisti', label: 'Catalisti', type: 'Actor', helix: 'intermediary', kind: 'cluster_organisation' } },
    { data: { id: 'Sector:chemistry', label: 'Chemie & life sciences', nameEn: 'Chemistry & life sciences', type: 'Sector' } },
    { data: { id: 'Technology:biotech', label: 'Industrial biotechnology', type: 'Technology', ket: true } },
  ],
  edges: [
    { data: { id: 'e1', source: 'Actor:uantwerpen', target: 'Actor:basf', type: 'COLLABORATES_WITH', weight: 3 } },
    { data: { id: 'e2', source: 'Actor:vito', target: 'Actor:basf', type: 'COLLABORATES_WITH', weight: 1 } },
    { data: { id: 'e3', source: 'Actor:port', target: 'Actor:basf', type: 'COLLABORATES_WITH', weight: 5 } },
    { data: { id: 'e4', source: 'Actor:basf', target: 'Sector:chemistry', type: 'ACTIVE_IN' } },
    { data: { id: 'e5', source: 'Actor:catalisti', target: 'Sector:chemistry', type: 'ACTIVE_IN' } },
    { data: { id: 'e6', source: 'Sector:chemistry', target: 'Technology:biotech', type: 'ENABLED_BY' } },
  ],
};
