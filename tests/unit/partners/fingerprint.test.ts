import { describe, expect, it } from 'vitest';
import { dataFingerprint } from '../../../server/partners/learned/fingerprint.ts';
import { history } from './fixture.ts';

// The partner network is read again after every write; the learned ranker is fitted again only
// when what it learns from changed.

describe('the fingerprint of the partner data', () => {
  it('is the same for the same content read in another order', () => {
    const data = history();
    const shuffled = history();
    shuffled.actors.reverse();
    shuffled.ties.reverse();
    shuffled.projects.reverse();
    for (const p of shuffled.projects) p.members.reverse();
    expect(dataFingerprint(shuffled)).toBe(dataFingerprint(data));
  });

  it('changes with a participation, a link, a year or an actor’s helix', () => {
    const base = dataFingerprint(history());
    const participation = history();
    participation.projects[0]!.members.push(participation.actors.at(-1)!.id);
    const link = history();
    link.ties.push({ a: link.actors[0]!.id, b: link.actors[1]!.id, type: 'COLLABORATES_WITH' });
    const year = history();
    year.projects[0]!.year = (year.projects[0]!.year ?? 2000) + 1;
    const helix = history();
    helix.actors[0]!.helix = helix.actors[0]!.helix === 'industry' ? 'academia' : 'industry';
    const prints = [participation, link, year, helix].map(dataFingerprint);
    for (const p of prints) expect(p).not.toBe(base);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('keeps the direction of pairs: an actor in a region is not the region in the actor', () => {
    const data = { ...history(), actorRegions: [['Actor:o0', 'Region:antwerp']] as [string, string][] };
    const swapped = { ...history(), actorRegions: [['Region:antwerp', 'Actor:o0']] as [string, string][] };
    expect(dataFingerprint(swapped)).not.toBe(dataFingerprint(data));
  });
});
