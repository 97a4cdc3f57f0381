// Partner finder answer time: `npm run bench -- partners-latency`.
// 1. POST /api/partners on the seeds in the project's own Neo4j (first answer reads the graph; later ones reuse it).
// 2. The same scoring on the CORDIS-sized graph (HELIX_BENCH_CORDIS_TIDY: a CORDIS extract in the
//    tidy layout, every project), in memory: by the weights, and in the learned order the API
//    serves by default once its model is trained (`learned`).
// 3. POST /api/partners over HTTP on the configured Neo4j when it holds the CORDIS import
//    (`npm run import:cordis` first; skipped when it has fewer than 10,000 actors): 60 askers
//    spread over the actors, then the 5 most connected.
import { rm } from 'node:fs/promises';
import { int as neo4jInt } from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { connect } from '../server/db/connect.ts';
import { GraphDb, createDriver } from '../server/db/graph-db.ts';
import { applySchema } from '../server/db/schema.ts';
import { createApp } from '../server/http/app.ts';
import { createLogger } from '../server/logger.ts';
import { startLocalNeo4j } from '../server/neo4j/local-server.ts';
import { localNeo4jOptions } from '../server/neo4j/options.ts';
import { readCordis } from '../server/partners/eval/cordis.ts';
import { temporalSplit } from '../server/partners/eval/temporal.ts';
import { buildPartnerGraph, findPartners } from '../server/partners/index.ts';
import { FEATURES } from '../server/partners/learned/features.ts';
import { loadSeeds } from '../server/seeds/load.ts';
import { machine, median, writeResult } from './machine.ts';

const ROUNDS = 20;
const HUBS = 5;
/** Askers timed over HTTP: enough that the 95th percentile is not simply the slowest answer. */
const HTTP_ASKERS = 60;
const SEED_ASKS = [
  { actor: 'Actor:agfa-gevaert', limit: 20 },
  { actors: ['Actor:universiteit-antwerpen', 'Actor:janssen-pharmaceutica'], limit: 20 },
  { need: { sectors: ['Sector:sector-sustainable-chemistry'], regions: ['Region:province-antwerp'], helix: ['academia'] }, limit: 20 },
];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const ms = (x: number) => Math.round(x * 10) / 10;

async function serve(db: GraphDb, config: ReturnType<typeof loadConfig>) {
  const app = createApp({ db, config, logger: createLogger('silent'), clientDir: 'no-client' });
  const http = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/partners`;
  const rankings = new Set<string>();
  const ask = async (body: unknown) => {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`POST /api/partners answered ${res.status}: ${await res.text()}`);
    rankings.add(((await res.json()) as { summary: { ranking: string } }).summary.ranking);
    return performance.now() - t;
  };
  /** Waits (at most `maxMs`) for the learned ranker to leave training; its state. */
  const model = async (maxMs: number) => {
    const started = performance.now();
    for (;;) {
      const state = (await (await fetch(`${url}/model`)).json()) as { state: string };
      if (state.state !== 'training' || performance.now() - started > maxMs) return state;
      await new Promise((r) => setTimeout(r, 2000));
    }
  };
  return { ask, model, rankings, close: () => new Promise((resolve) => http.close(resolve)) };
}

async function cordisHttpLatency() {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', HELIX_QUERY_TIMEOUT_MS: '120000', HELIX_RATE_LIMIT_PER_MINUTE: '1000000' });
  const connection = await connect(config, () => {});
  const { db } = connection;
  try {
    const actors = (await db.read<{ id: string }>('MATCH (a:Actor) RETURN a.id AS id ORDER BY a.id'))
      .map((r) => `Actor:${r.id}`);
    if (actors.length < 10_000) return { skipped: `the configured Neo4j holds ${actors.length} actors, not the CORDIS import` };
    const step = Math.floor(actors.length / HTTP_ASKERS);
    const askers = actors.filter((_, i) => i % step === 0).slice(0, HTTP_ASKERS);
    const { ask, model, rankings, close } = await serve(db, config);
    try {
      const firstMs = await ask({ actor: askers[0], limit: 20 });
      // Timed in the order served by default: the learned ranker, once trained on the import.
      const trainingStarted = performance.now();
      const modelState = await model(60 * 60_000);
      const trainingMs = performance.now() - trainingStarted;
      rankings.clear();
      const times: number[] = [];
      for (const actor of askers) times.push(await ask({ actor, limit: 20 }));
      const hubs = await db.read<{ id: string; coParticipations: number }>(
        `MATCH (a:Actor) WITH a, COUNT { (a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(:Actor) } AS coParticipations
         RETURN a.id AS id, coParticipations ORDER BY coParticipations DESC LIMIT $n`,
        { n: neo4jInt(HUBS) },
      );
      const hubTimes: { id: string; answerMs: number }[] = [];
      for (const h of hubs) hubTimes.push({ id: h.id, answerMs: ms(await ask({ actor: `Actor:${h.id}`, limit: 20 })) });
      return { actors: actors.length, firstAnswerMs: ms(firstMs), model: modelState, trainingWaitMs: ms(trainingMs), rankings: [...rankings], answerMedianMs: ms(median(times)), answerP95Ms: ms(p95(times)), answerMaxMs: ms(Math.max(...times)), askers: askers.length, hubs: hubTimes };
    } finally {
      await close();
    }
  } finally {
    await connection.close();
  }
}

async function seedsLatency() {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined, LOG_LEVEL: 'silent', HELIX_RATE_LIMIT_PER_MINUTE: '1000000' });
  const home = path.resolve('.data/neo4j-bench-partners');
  await rm(home, { recursive: true, force: true });
  const server = await startLocalNeo4j({ ...localNeo4jOptions(config, () => {}), home, boltPort: 17692, password: 'helix-bench-password' });
  const db = new GraphDb(createDriver(server.uri, server.user, server.password), { database: 'neo4j', timeoutMs: 120_000 });
  const { ask, close } = await serve(db, config);
  try {
    await applySchema(db);
    await loadSeeds(db, 'seeds');
    const firstMs = await ask(SEED_ASKS[0]);
    const warm: number[] = [];
    for (let i = 0; i < ROUNDS; i++) for (const body of SEED_ASKS) warm.push(await ask(body));
    return { firstAnswerMs: ms(firstMs), warmMedianMs: ms(median(warm)), warmP95Ms: ms(p95(warm)), requests: warm.length };
  } finally {
    await close();
    await db.close();
    await server.stop();
    await rm(home, { recursive: true, force: true });
  }
}

async function cordisLatency() {
  const folder = process.env.HELIX_BENCH_CORDIS_TIDY;
  if (!folder) throw new Error('set HELIX_BENCH_CORDIS_TIDY to a CORDIS extract in the tidy layout (organizations.csv, projects.csv, organization-names.csv)');
  const cordis = await readCordis(path.resolve(folder));
  let t = performance.now();
  const g = buildPartnerGraph(temporalSplit(cordis, 9999).train);
  const buildMs = performance.now() - t;
  const askers = g.network.nodes().filter((_, i) => i % 997 === 0).slice(0, ROUNDS);
  // The worst case: the most connected actors, whose partners reach most of the graph.
  const hubs = g.network.nodes().sort((a, b) => g.network.degree(b) - g.network.degree(a)).slice(0, HUBS);
  const answer = (id: string) => {
    t = performance.now();
    findPartners(g, { actors: [id] }, {}, 20);
    return performance.now() - t;
  };
  const times = askers.map(answer);
  const hubTimes = hubs.map(answer);
  // The learned order: the answer time does not depend on the model's weights (every feature of
  // the first 400 is computed and weighed), so a stand-in model times it without minutes of training.
  const model = { features: [...FEATURES], means: FEATURES.map(() => 0), scales: FEATURES.map(() => 1), weights: FEATURES.map((_, i) => ((i % 7) - 3) / 10), intercept: 0, l2: 0 };
  const info = { trainedAt: '', splitYears: [], data: { readAt: '', actors: 0, projects: 0 }, figures: { askers: 0, positives: 0, negatives: 0, trainingAuc: 0 } };
  const learnedAnswer = (id: string) => {
    t = performance.now();
    findPartners(g, { actors: [id] }, undefined, 20, { model, info });
    return performance.now() - t;
  };
  // The first computes the graph-wide context (communities, walk context) once per graph.
  const learnedFirstMs = learnedAnswer(askers[0]!);
  const learnedTimes = askers.map(learnedAnswer);
  const learnedHubTimes = hubs.map(learnedAnswer);
  return {
    learned: {
      firstAnswerMs: ms(learnedFirstMs),
      answerMedianMs: ms(median(learnedTimes)),
      answerP95Ms: ms(p95(learnedTimes)),
      hubs: hubs.map((id, i) => ({ partners: g.network.degree(id), answerMs: ms(learnedHubTimes[i]!) })),
    },
    actors: g.network.order,
    ties: g.network.size,
    projects: cordis.projects.length,
    buildGraphMs: ms(buildMs),
    answerMedianMs: ms(median(times)),
    answerP95Ms: ms(p95(times)),
    askers: askers.length,
    hubs: hubs.map((id, i) => ({ partners: g.network.degree(id), answerMs: ms(hubTimes[i]!) })),
  };
}

export async function partnersLatencyBench(): Promise<string> {
  const seeds = await seedsLatency();
  const cordis = await cordisLatency();
  const cordisHttp = await cordisHttpLatency();
  const result = { machine: machine(), seeds, cordis, cordisHttp };
  console.log(result);
  return writeResult('partners-latency', result);
}
