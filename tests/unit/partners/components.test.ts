import { describe, expect, it } from 'vitest';
import {
  activity,
  buildPartnerGraph,
  candidatesFor,
  complementarity,
  geography,
  introducers,
  proximityAll,
  resolveAsker,
  sharedPartners,
  topicalFit,
} from '../../../server/partners/index.ts';
import { repeats } from '../../../server/partners/components/proximity.ts';
import { handData, handGraph } from './fixture.ts';

const g = handGraph();
const asker = resolveAsker(g, { actors: ['Actor:a'] });

describe('candidates', () => {
  it('are the actors not yet linked to the asker', () => {
    expect([...asker.partners].sort()).toEqual(['Actor:b', 'Actor:e']);
    expect(candidatesFor(g, asker).sort()).toEqual(['Actor:c', 'Actor:d', 'Actor:f']);
  });

  it('for a need, are the actors of the wanted helix', () => {
    const need = resolveAsker(g, { need: { topics: ['Sector:chem'], regions: [], helix: ['academia'] } });
    expect(candidatesFor(g, need).sort()).toEqual(['Actor:b', 'Actor:c']);
  });

  it('for a group, leave out the members and everyone linked to any of them', () => {
    // B is a member, and C (B's partner) and E (A's) are linked already.
    const group = resolveAsker(g, { actors: ['Actor:a', 'Actor:b'] });
    expect(candidatesFor(g, group).sort()).toEqual(['Actor:d', 'Actor:f']);
  });
});

describe('topical fit', () => {
  it('counts shared topics fully, related ones by half and a policy prioritising both by a quarter', () => {
    // F shares Sustainable chemistry (1), works on Chemistry through P1 (½), and the plan prioritises both (¼): capped at 1.
    expect(topicalFit(g, asker, 'Actor:f')).toEqual({ score: 1, shared: ['Sector:green-chem'], related: ['Sector:chem'], policies: ['Policy:pol'] });
    // C works on Chemistry through P1: related to Sustainable chemistry (½) + the plan (¼).
    expect(topicalFit(g, asker, 'Actor:c')).toEqual({ score: 0.75, shared: [], related: ['Sector:chem'], policies: ['Policy:pol'] });
    expect(topicalFit(g, asker, 'Actor:b').score).toBe(0);
  });
});

describe('network proximity', () => {
  const p = proximityAll(g, asker);
  it('computes common neighbours, Adamic–Adar and resource allocation through the asker’s partners', () => {
    const c = p.get('Actor:c')!;
    expect(sharedPartners(g, asker, 'Actor:c').commonPartners.sort()).toEqual(['Actor:b', 'Actor:e']);
    expect(c.commonNeighbours).toBe(2);
    // deg B = 2 (A, C); deg E = 3 (A, C, D).
    expect(c.adamicAdar).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(3), 10);
    expect(c.resourceAllocation).toBeCloseTo(1 / 2 + 1 / 3, 10);
    const d = p.get('Actor:d')!;
    expect(d.commonNeighbours).toBe(1);
    expect(d.resourceAllocation).toBeCloseTo(1 / 3, 10);
    expect(p.get('Actor:f')).toBeUndefined();
    expect(p.raw('Actor:f')).toBe(0);
  });

  it('names trusted intermediaries: a direct link or repeated projects on both sides', () => {
    expect(sharedPartners(g, asker, 'Actor:c').trusted.sort()).toEqual(['Actor:b', 'Actor:e']);
    // Every tie of A's is a single link, so raw is plain Adamic–Adar here.
    expect(p.get('Actor:c')!.raw).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(3), 10);
    // F's ties come from one project only, so no common partner is trusted from F's side.
    expect(sharedPartners(g, resolveAsker(g, { actors: ['Actor:f'] }), 'Actor:e').trusted).toEqual([]);
  });
});

describe('network proximity with repeated collaborations', () => {
  // X worked with Z in 4 projects; Z with C in 1 and with D in 1 project of its own (+ a direct link).
  const project = (id: string, members: string[]) => ({ id: `Project:${id}`, name: id, year: 2020, members, topics: [] });
  const repeatsGraph = buildPartnerGraph({
    ...handData,
    actors: ['x', 'z', 'c', 'd', 'y'].map((id) => ({ id: `Actor:${id}`, name: id })),
    ties: [{ a: 'Actor:z', b: 'Actor:d', type: 'COLLABORATES_WITH' }],
    projects: [
      ...[1, 2, 3, 4].map((i) => project(`xz${i}`, ['Actor:x', 'Actor:z'])),
      project('zc', ['Actor:z', 'Actor:c']),
      project('zd', ['Actor:z', 'Actor:d']),
      project('xy', ['Actor:x', 'Actor:y']),
      project('yc', ['Actor:y', 'Actor:c']),
    ],
    actorTopics: [],
    actorRegions: [],
    policies: [],
  });
  const q = proximityAll(repeatsGraph, resolveAsker(repeatsGraph, { actors: ['Actor:x'] }));

  it('counts a common partner by the geometric mean of how often it worked with each side', () => {
    // deg Z = 3 (X, C, D), deg Y = 2 (X, C). Through Z: √(4·1); through Y: √(1·1).
    expect(q.get('Actor:c')!.raw).toBeCloseTo(Math.sqrt(4) / Math.log(3) + 1 / Math.log(2), 10);
    // Z–D is a project and a direct link: worked together twice.
    expect(q.get('Actor:d')!.raw).toBeCloseTo(Math.sqrt(4 * 2) / Math.log(3), 10);
    // Plain Adamic–Adar does not see the repeats.
    expect(q.get('Actor:d')!.adamicAdar).toBeCloseTo(1 / Math.log(3), 10);
  });

  it('ranks the candidate reached through the repeated partner above one reached through a single tie', () => {
    expect(repeats(repeatsGraph.network.getEdgeAttributes(repeatsGraph.network.edge('Actor:x', 'Actor:z')!))).toBe(4);
    expect(q.get('Actor:d')!.raw).toBeGreaterThan(q.get('Actor:d')!.adamicAdar * 2);
  });
});

describe('complementarity', () => {
  it('rewards a helix the asker’s network lacks and partners spanning several helices', () => {
    // A's network: industry, academia, intermediary. D is government (gap 1) and links three helices (½).
    expect(complementarity(g, asker, 'Actor:d')).toEqual({ score: 0.75, brings: 'government', spans: ['academia', 'industry', 'intermediary'] });
    // C is academia (no gap) but links four helices (¾).
    expect(complementarity(g, asker, 'Actor:c')).toEqual({ score: 0.375, spans: ['academia', 'government', 'industry', 'intermediary'] });
    expect(complementarity(g, asker, 'Actor:f').score).toBe(0.125);
  });
});

describe('activity', () => {
  it('sums projects and direct links, a dated one decaying with age and an undated one counting half', () => {
    // C: P1 of 2020 (the latest year: 1) and two undated links (½ each).
    expect(activity(g, 'Actor:c')).toEqual({ raw: 2, projects: 1, latestYear: 2020 });
    expect(activity(g, 'Actor:d').raw).toBe(1.5);
    expect(activity(g, 'Actor:f').raw).toBe(1);
  });
});

describe('geography', () => {
  it('scores the most specific shared region, else a benchmark region, else the same country', () => {
    expect(geography(g, asker, 'Actor:d')).toEqual({ score: 0.8, sharedRegion: 'Region:province-antwerp' });
    expect(geography(g, asker, 'Actor:f')).toEqual({ score: 0.5, benchmarkRegion: 'Region:hamburg' });
    expect(geography(g, asker, 'Actor:c')).toEqual({ score: 0.3, sameCountry: 'BE' });
  });
});

describe('introducers', () => {
  it('are the common partners, ranked by the geometric mean of their two links', () => {
    const found = introducers(g, asker, 'Actor:c', sharedPartners(g, asker, 'Actor:c').commonPartners);
    expect(found.map((i) => [i.id, i.strength])).toEqual([
      ['Actor:b', 2],
      ['Actor:e', 1],
    ]);
  });
});
