import { buildPartnerGraph, type PartnerData, type PartnerGraph } from '../../../server/partners/index.ts';

/**
 * A small ecosystem with answers worked out by hand (see components.test.ts):
 *
 *   A (industry, Antwerp) ─collab×4─ B (academia) ─collab─ C (academia)
 *   A ─member─ E (intermediary) ─member─ C,  E ─member─ D (government, province of Antwerp)
 *   project P1 (2020, chemistry): D, F (industry, Hamburg: a benchmark region), C
 */
export const handData: PartnerData = {
  actors: [
    { id: 'Actor:a', name: 'A', helix: 'industry', country: 'BE' },
    { id: 'Actor:b', name: 'B', helix: 'academia', country: 'BE' },
    { id: 'Actor:c', name: 'C', helix: 'academia', country: 'BE' },
    { id: 'Actor:d', name: 'D', helix: 'government', country: 'BE' },
    { id: 'Actor:e', name: 'E', helix: 'intermediary', country: 'BE' },
    { id: 'Actor:f', name: 'F', helix: 'industry', country: 'DE' },
  ],
  ties: [
    { a: 'Actor:a', b: 'Actor:b', type: 'COLLABORATES_WITH', weight: 4 },
    { a: 'Actor:a', b: 'Actor:e', type: 'MEMBER_OF' },
    { a: 'Actor:b', b: 'Actor:c', type: 'COLLABORATES_WITH' },
    { a: 'Actor:c', b: 'Actor:e', type: 'MEMBER_OF' },
    { a: 'Actor:d', b: 'Actor:e', type: 'MEMBER_OF' },
  ],
  projects: [{ id: 'Project:p1', name: 'P1', year: 2020, members: ['Actor:d', 'Actor:f', 'Actor:c'], topics: ['Sector:chem'] }],
  topics: [
    { id: 'Sector:chem', name: 'Chemistry' },
    { id: 'Sector:green-chem', name: 'Sustainable chemistry' },
  ],
  actorTopics: [
    ['Actor:a', 'Sector:green-chem'],
    ['Actor:f', 'Sector:green-chem'],
  ],
  topicLinks: [['Sector:green-chem', 'Sector:chem']],
  regions: [
    { id: 'Region:antwerpen', name: 'Antwerpen', level: 'city' },
    { id: 'Region:province-antwerp', name: 'Province of Antwerp', level: 'province' },
    { id: 'Region:hamburg', name: 'Hamburg', level: 'region', benchmark: true },
  ],
  actorRegions: [
    ['Actor:a', 'Region:antwerpen'],
    ['Actor:d', 'Region:province-antwerp'],
    ['Actor:f', 'Region:hamburg'],
  ],
  regionParents: [['Region:antwerpen', 'Region:province-antwerp']],
  policies: [{ id: 'Policy:pol', name: 'Chemistry plan', prioritises: ['Sector:green-chem', 'Sector:chem'] }],
};

export const handGraph = (): PartnerGraph => buildPartnerGraph(handData);

/** Four groups that work together again each year; from 2019 on members of neighbouring groups meet. */
export function history(): PartnerData {
  const actors = Array.from({ length: 24 }, (_, i) => ({ id: `Actor:o${i}`, name: `O${i}`, helix: i % 2 ? ('academia' as const) : ('industry' as const), country: 'BE' }));
  const projects: PartnerData['projects'] = [];
  for (let year = 2014; year <= 2020; year++) {
    for (let group = 0; group < 4; group++) {
      const base = group * 6;
      const members = [0, 1, 2, 3].map((k) => `Actor:o${base + ((k + year) % 6)}`);
      // From 2017 the groups widen to the next one: a bridge member brings a newcomer along.
      if (year >= 2017) members.push(`Actor:o${(base + 6 + (year % 6)) % 24}`);
      projects.push({ id: `Project:${year}-${group}`, name: `${year}-${group}`, year, members, topics: [`Programme:P${group}`] });
    }
  }
  return { actors, ties: [], projects, topics: [0, 1, 2, 3].map((k) => ({ id: `Programme:P${k}`, name: `P${k}` })), actorTopics: [], topicLinks: [], regions: [], actorRegions: [], regionParents: [], policies: [] };
}
