import { afterAll, describe, expect, it } from 'vitest';
import type { PartnerData } from '../../../server/partners/data.ts';
import { findPartners } from '../../../server/partners/find.ts';
import { PartnerThread } from '../../../server/partners/partner-thread.ts';
import { handData, handGraph } from './fixture.ts';

/** A network large enough that building its graph takes a while: 8,000 actors, 120,000 ties. */
function bigData(): PartnerData {
  const n = 8000;
  const actors = Array.from({ length: n }, (_, i) => ({ id: `Actor:a${i}`, name: `Actor ${i}`, helix: (['industry', 'academia', 'government'] as const)[i % 3] }));
  const ties = Array.from({ length: 120_000 }, (_, i) => ({ a: `Actor:a${i % n}`, b: `Actor:a${(i * 7919 + 13) % n}`, type: 'COLLABORATES_WITH', year: 2010 + (i % 12) })).filter((t) => t.a !== t.b);
  return { ...handData, actors, ties, projects: [], actorTopics: [], actorRegions: [] };
}

describe('the partner thread', () => {
  const thread = new PartnerThread();
  afterAll(() => thread.close());

  it('answers exactly as the finder does in process', async () => {
    await thread.run({ kind: 'load', data: handData });
    const reply = await thread.run({ kind: 'find', req: { actor: 'Actor:a', limit: 10 } });
    expect(reply).toEqual({ kind: 'answer', answer: findPartners(handGraph(), { actors: ['Actor:a'] }, {}, 10) });
  });

  it('names the ids it does not know, by field', async () => {
    await thread.run({ kind: 'load', data: handData });
    expect(await thread.run({ kind: 'find', req: { actors: ['Actor:a', 'Actor:nobody'], limit: 5 } })).toEqual({ kind: 'missing', field: 'actors', ids: ['Actor:nobody'] });
  });

  it('builds a large graph while the event loop keeps running', async () => {
    const data = bigData();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const reply = await thread.run({ kind: 'load', data });
      expect(reply.kind).toBe('loaded');
      // built in process, the event loop would not have turned once meanwhile
      const buildMs = (reply as { buildMs: number }).buildMs;
      expect(buildMs).toBeGreaterThan(0);
      expect(ticks).toBeGreaterThan(3);
    } finally {
      clearInterval(timer);
    }
  }, 60_000);
});
