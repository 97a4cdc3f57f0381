import { describe, expect, it } from 'vitest';
import { buildPartnerGraph, emptyPartnerData, findPartners, rankPartners } from '../../../server/partners/index.ts';
import { handGraph } from './fixture.ts';

const g = handGraph();
const only = (name: string) => ({ topical: 0, proximity: 0, complementarity: 0, activity: 0, geography: 0, [name]: 1 });

describe('ranking', () => {
  it('with one weight, orders by that component alone, normalised to the best candidate', () => {
    const byProximity = rankPartners(g, { actors: ['Actor:a'] }, only('proximity')).ranked;
    expect(byProximity.map((s) => s.id)).toEqual(['Actor:c', 'Actor:d', 'Actor:f']);
    expect(byProximity[0]!.score).toBe(1);
    expect(byProximity[1]!.score).toBeCloseTo((1.5 / Math.log(3)) / (1.5 / Math.log(2) + 1.5 / Math.log(3)), 10);
    const byTopic = rankPartners(g, { actors: ['Actor:a'] }, only('topical')).ranked;
    expect(byTopic.map((s) => [s.id, s.score])).toEqual([
      ['Actor:f', 1],
      ['Actor:c', 0.75],
      ['Actor:d', 0.75],
    ]);
    const byPlace = rankPartners(g, { actors: ['Actor:a'] }, only('geography')).ranked;
    expect(byPlace[0]!.id).toBe('Actor:d');
  });

  it('weighs the components into a weighted mean', () => {
    const [first] = rankPartners(g, { actors: ['Actor:a'] }, { topical: 1, proximity: 1, complementarity: 0, activity: 0, geography: 0 }).ranked;
    expect(first!.id).toBe('Actor:c');
    expect(first!.score).toBeCloseTo((0.75 + 1) / 2, 10);
  });
});

describe('explained suggestions', () => {
  const answer = findPartners(g, { actors: ['Actor:a'] }, {}, 2);
  it('say why in words, name the introducers and carry the evidence graph', () => {
    const c = answer.suggestions.find((s) => s.id === 'Actor:c')!;
    const words = c.reasons.map((r) => r.text);
    expect(words).toContain('Shares 2 partners with A: B and E.');
    expect(words).toContain('Works on related topic Chemistry.');
    expect(words).toContain('Chemistry plan prioritises the topics of both.');
    expect(c.introducers.map((i) => i.name)).toEqual(['B', 'E']);
    expect(c.evidence.path).toHaveLength(3);
    const ids = c.graph.nodes.map((n) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['Actor:a', 'Actor:c', 'Actor:b', 'Actor:e', 'Sector:chem', 'Policy:pol', 'Project:p1']));
    expect(c.graph.edges.every((e) => ids.includes(e.data.source) && ids.includes(e.data.target))).toBe(true);
    expect(answer.summary).toEqual(expect.objectContaining({ candidates: 3, returned: 2 }));
  });

  it('for a need, speak of the need and the asked helix', () => {
    const need = findPartners(g, { need: { topics: ['Sector:chem'], regions: ['Region:province-antwerp'], helix: ['government'] } }, {}, 5);
    expect(need.suggestions.map((s) => s.id)).toEqual(['Actor:d']);
    const words = need.suggestions[0]!.reasons.map((r) => r.text);
    expect(words).toContain('Works on Chemistry, like the need.');
    expect(words).toContain('Is government, as asked.');
    expect(words).toContain('Also in Province of Antwerp.');
  });
});

describe('a suggestion reached through many shared partners', () => {
  // A and C share fifteen partners; the second tie to each is a project, so partner 1 (with two) is the strongest.
  const partners = Array.from({ length: 15 }, (_, i) => `Actor:p${i + 1}`);
  const g = buildPartnerGraph({
    ...emptyPartnerData(),
    actors: ['Actor:a', 'Actor:c', ...partners].map((id) => ({ id, name: id.slice(6) })),
    ties: partners.map((p) => ({ a: 'Actor:a', b: p, type: 'COLLABORATES_WITH' })),
    projects: [
      ...partners.map((p, i) => ({ id: `Project:x${i}`, name: `x${i}`, members: [p, 'Actor:c'], topics: [] })),
      { id: 'Project:again', name: 'again', members: ['Actor:p1', 'Actor:c'], topics: [] },
    ],
  });
  const [c] = findPartners(g, { actors: ['Actor:a'] }, {}, 5).suggestions;

  it('says how many partners are shared, but shows the strongest ten as evidence and five introducers', () => {
    expect(c!.id).toBe('Actor:c');
    expect(c!.reasons.map((r) => r.text)).toContain('Shares 15 partners with a: p1, p10, p11 and 12 more.');
    // the reason names the strongest ten and says how many there are: an answer for a hub stays small
    const shares = c!.reasons.find((r) => r.code === 'sharedPartners')!.params as { names: string[]; total?: number; count: number };
    expect(shares.names).toEqual(c!.evidence.sharedPartners.map((id) => id.slice(6)));
    expect([shares.count, shares.total]).toEqual([15, 15]);
    expect(c!.evidence.sharedPartners).toHaveLength(10);
    expect(c!.evidence.sharedPartners[0]).toBe('Actor:p1');
    expect(c!.introducers.map((i) => i.id)).toEqual(c!.evidence.sharedPartners.slice(0, 5));
    expect(c!.graph.nodes.filter((n) => n.data.role === 'introducer')).toHaveLength(10);
  });
});

describe('reasons follow what counted', () => {
  it('each component’s contribution is its weighted share, and they sum to the score', () => {
    for (const s of rankPartners(g, { actors: ['Actor:a'] }, { topical: 2, proximity: 1, geography: 1 }).ranked) {
      const sum = Object.values(s.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(s.score, 12);
    }
  });

  it('each bar is the score of what the reasons name: topics, helices, regions, partners', () => {
    const all = ['Actor:a', 'Actor:f'].flatMap((id) => {
      const { ranked } = rankPartners(g, { actors: [id] }, { topical: 1, proximity: 1, complementarity: 1, activity: 1, geography: 1 });
      const best = Math.max(...ranked.map((s) => s.proximity?.raw ?? 0));
      for (const s of ranked) {
        expect(s.components.topical).toBe(s.topical.score);
        expect(s.components.complementarity).toBe(s.complementarity.score);
        expect(s.components.geography).toBe(s.geography.score);
        expect(s.components.proximity).toBe((s.proximity?.raw ?? 0) / best);
      }
      return ranked;
    });
    // The fixture exercises the details: shared topics, a region in common, a helix the asker lacks, common partners.
    expect(all.some((s) => s.topical.shared.length > 0)).toBe(true);
    expect(all.some((s) => s.geography.sharedRegion)).toBe(true);
    expect(all.some((s) => s.complementarity.brings)).toBe(true);
    expect(all.some((s) => s.proximity && s.components.proximity > 0)).toBe(true);
  });

  it('the reason of the component that contributed most comes first, and follows the weights', () => {
    const byTopic = findPartners(g, { actors: ['Actor:a'] }, { topical: 2, proximity: 0.1, complementarity: 0, activity: 0, geography: 0 }, 3).suggestions.find((s) => s.id === 'Actor:c')!;
    expect(byTopic.reasons[0]!.component).toBe('topical');
    const byPartners = findPartners(g, { actors: ['Actor:a'] }, { topical: 0.1, proximity: 2, complementarity: 0, activity: 0, geography: 0 }, 3).suggestions.find((s) => s.id === 'Actor:c')!;
    expect(byPartners.reasons[0]!.code).toBe('sharedPartners');
    // A component weighted 0 still says why, after those that counted.
    expect(byPartners.reasons.map((r) => r.component)).toContain('complementarity');
  });
});
