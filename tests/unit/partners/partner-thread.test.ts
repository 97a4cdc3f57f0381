import { afterAll, describe, expect, it } from 'vitest';
import type { PartnerData } from '../../../server/partners/data.ts';
import { findPartners } from '../../../server/partners/find.ts';
import { MAX_GRAPHS } from '../../../server/partners/partner-jobs.ts';
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
    await thread.run({ kind: 'load', key: 'all', data: handData });
    const reply = await thread.run({ kind: 'find', key: 'all', req: { actor: 'Actor:a', limit: 10 } });
    expect(reply).toEqual({ kind: 'answer', answer: findPartners(handGraph(), { actors: ['Actor:a'] }, {}, 10) });
  });

  it('names the ids it does not know, by field', async () => {
    await thread.run({ kind: 'load', key: 'all', data: handData });
    expect(await thread.run({ kind: 'find', key: 'all', req: { actors: ['Actor:a', 'Actor:nobody'], limit: 5 } })).toEqual({ kind: 'missing', field: 'actors', ids: ['Actor:nobody'] });
  });

  it('keeps a graph per period, the last MAX_GRAPHS used: one let go answers that it must be read again', async () => {
    const keys = Array.from({ length: MAX_GRAPHS + 1 }, (_, i) => `${2014 + i}-${2016 + i}/show`);
    const ask = (key: string) => thread.run({ kind: 'find', key, req: { actor: 'Actor:a', limit: 5 } });
    for (const key of keys.slice(0, MAX_GRAPHS)) await thread.run({ kind: 'load', key, data: handData });
    // The first is asked again, so the second is now the least recently used.
    expect((await ask(keys[0]!)).kind).toBe('answer');
    await thread.run({ kind: 'load', key: keys[MAX_GRAPHS]!, data: handData });
    expect((await ask(keys[1]!)).kind).toBe('unloaded');
    for (const key of [keys[0]!, ...keys.slice(2)]) expect((await ask(key)).kind, key).toBe('answer');
  });

  it('builds a large graph while the event loop keeps running', async () => {
    const data = bigData();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const reply = await thread.run({ kind: 'load', key: 'all', data });
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
