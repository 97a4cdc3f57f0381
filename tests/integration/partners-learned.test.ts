import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerAnswer, PartnerModelState } from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { resolveAsker } from '../../server/partners/asker.ts';
import { buildPartnerGraph } from '../../server/partners/graph.ts';
import { trainInThread } from '../../server/partners/learned/train-thread.ts';
import { trainRanker } from '../../server/partners/learned/train.ts';
import { loadPartnerData } from '../../server/partners/load.ts';
import { servedRanking } from '../../server/partners/served.ts';
import { PartnerService } from '../../server/partners/service.ts';
import { fetchJson, startSeededServer, type startTestServer } from '../support/http.ts';
import { ASKER, learnedNetwork, writeLearnedNetwork } from '../support/learned-network.ts';

// The learned ranker served by default, on a generated network with dated history
// (tests/support/learned-network.ts).

describe('the learned ranker served by default', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const post = (body: unknown) => fetchJson<PartnerAnswer>(`${server.url}/api/partners`, body);
  const model = async () => (await fetchJson<PartnerModelState>(`${server.url}/api/partners/model`)).body;
  /** Polls the model's state until it leaves `training` (bounded: 120 polls, 0.5 s apart). */
  const settled = async () => {
    for (let i = 0; i < 120; i++) {
      const state = await model();
      if (state.state !== 'training') return state;
      await new Promise((r) => setTimeout(r, 500));
    }
    return model();
  };

  beforeAll(async () => {
    ({ db, server } = await startSeededServer({}, { seeds: false }));
    await writeLearnedNetwork(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('answers partner requests while the model trains, by the weights until a first model is ready, then by the last model while a new one trains', async () => {
    // Trainings held back until the test lets each finish.
    const gates = [0, 1].map(() => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      return { held, release };
    });
    let trainings = 0;
    const service = new PartnerService(db, undefined, (data, known) => {
      const training = trainInThread(data, known);
      const gate = gates[trainings++]?.held ?? Promise.resolve();
      return { result: gate.then(() => training.result), stop: training.stop };
    });
    const ready = async () => {
      let state = await service.model();
      for (let i = 0; i < 120 && state.state === 'training'; i++) {
        await new Promise((r) => setTimeout(r, 500));
        state = await service.model();
      }
      return state;
    };
    try {
      expect((await service.find({ actor: ASKER, limit: 10 })).summary.ranking).toBe('weights');
      expect((await service.model()).state).toBe('training');
      const meanwhile = await service.find({ actor: ASKER, limit: 10 });
      expect(meanwhile.summary.ranking).toBe('weights');
      expect(meanwhile.suggestions).toHaveLength(10);
      gates[0]!.release();
      expect((await ready()).state).toBe('ready');
      const first = (await service.find({ actor: ASKER, limit: 10 })).summary;
      expect(first.ranking).toBe('learned');

      // A write to the partner network (a participation) starts a new training; the first model ranks meanwhile.
      await db.writeCypher(`MATCH (a:Actor {id: 'gen-0'}), (p:Project {id: 'gen-p-2020-3-1'}) CREATE (a)-[:PARTICIPATES_IN]->(p)`);
      const during = (await service.find({ actor: ASKER, limit: 10 })).summary;
      expect((await service.model()).state).toBe('training');
      expect(during.ranking).toBe('learned');
      expect(during.model).toEqual(first.model);
      gates[1]!.release();
      expect((await ready()).state).toBe('ready');
      const next = (await service.find({ actor: ASKER, limit: 10 })).summary;
      expect(next.ranking).toBe('learned');
      expect(next.model!.data.readAt > first.model!.data.readAt).toBe(true);
    } finally {
      await service.close();
    }
  });

  it('once the model is ready, a request without weights is ranked by it, in the order rerank gives over the same network', async () => {
    const state = await settled();
    expect(state.state).toBe('ready');
    if (state.state !== 'ready') return;
    expect(state.model.splitYears).toEqual([2019, 2020]);
    expect(state.model.figures.positives).toBeGreaterThan(0);
    expect(state.model.data.projects).toBe(learnedNetwork().projects.length);

    const { status, body } = await post({ actor: ASKER, limit: 20 });
    expect(status).toBe(200);
    expect(body.summary.ranking).toBe('learned');
    expect(body.summary.model).toEqual(state.model);
    // The same ranker trained in the test on the same data ranks the same: training is seeded.
    const data = await loadPartnerData(db);
    const ranker = trainRanker(data)!;
    const g = buildPartnerGraph(data);
    const expected = servedRanking(g, resolveAsker(g, { actors: [ASKER] }), { model: ranker.model });
    expect(body.suggestions.map((s) => s.id)).toEqual(expected.slice(0, 20).map((r) => r.scored.id));
    const weighted = servedRanking(g, resolveAsker(g, { actors: [ASKER] }), {});
    expect(expected.map((r) => r.scored.id)).not.toEqual(weighted.map((r) => r.scored.id));
  });

  it('a request with weights is ranked by them, and says so', async () => {
    const { body } = await post({ actor: ASKER, limit: 20, weights: { proximity: 1 } });
    expect(body.summary.ranking).toBe('weights');
    expect(body.summary.model).toBeUndefined();
    const scores = body.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('a write the partner network does not read keeps the model it has, without fitting it again', async () => {
    const before = await settled();
    await db.writeCypher(`MATCH (a:Actor {id: 'gen-5'}) SET a.note = 'met at the cluster day'`);
    expect((await post({ actor: ASKER, limit: 5 })).status).toBe(200);
    const after = await settled();
    expect(before.state).toBe('ready');
    expect(after).toEqual(before);
    expect((await post({ actor: ASKER, limit: 5 })).body.summary).toMatchObject({ ranking: 'learned', model: before.state === 'ready' ? before.model : undefined });
  });

  it('trains again when the data changes, on the new data', async () => {
    const first = await settled();
    await db.writeCypher(`MATCH (a:Actor {id: 'gen-0'}), (p:Project {id: 'gen-p-2020-2-0'}) CREATE (a)-[:PARTICIPATES_IN]->(p)`);
    // The next request reads the network again; until the new model is ready it is ranked by the weights.
    expect((await post({ actor: ASKER, limit: 5 })).status).toBe(200);
    const again = await settled();
    expect(first.state).toBe('ready');
    expect(again.state).toBe('ready');
    if (first.state !== 'ready' || again.state !== 'ready') return;
    expect(again.model.trainedAt > first.model.trainedAt).toBe(true);
    expect((await post({ actor: ASKER, limit: 5 })).body.summary).toMatchObject({ ranking: 'learned', model: again.model });
  });
});
