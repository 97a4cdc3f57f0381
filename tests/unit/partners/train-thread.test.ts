import { describe, expect, it } from 'vitest';
import { emptyPartnerData } from '../../../server/partners/data.ts';
import { dataFingerprint } from '../../../server/partners/learned/fingerprint.ts';
import { trainInThread } from '../../../server/partners/learned/train-thread.ts';
import { trainRanker } from '../../../server/partners/learned/train.ts';
import { history } from './fixture.ts';

describe('training in a thread of its own', () => {
  it('fits the same ranker as in process, while the event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const { ranker, fingerprint } = await trainInThread(history()).result;
      const here = trainRanker(history())!;
      expect(ranker?.model).toEqual(here.model);
      expect(ranker?.splitYears).toEqual(here.splitYears);
      expect(ranker?.figures).toEqual(here.figures);
      expect(fingerprint).toBe(dataFingerprint(history()));
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('answers no ranker for data without dated history', async () => {
    expect((await trainInThread(emptyPartnerData()).result).ranker).toBeUndefined();
  });

  it('does not fit again data the last model was trained on, and fits changed data', async () => {
    const known = dataFingerprint(history());
    const same = await trainInThread(history(), known).result;
    expect(same).toEqual({ fingerprint: known, unchanged: true });
    const changed = history();
    changed.projects.pop();
    const other = await trainInThread(changed, known).result;
    expect(other.unchanged).toBeUndefined();
    expect(other.fingerprint).not.toBe(known);
    expect(other.ranker?.model).toEqual(trainRanker(changed)?.model);
  });

  it('a stopped training rejects its result', async () => {
    const training = trainInThread(history());
    await training.stop();
    await expect(training.result).rejects.toThrow(/training thread stopped/);
  });
});
