import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as contract from '../../contract/index.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { cordisSample } from '../support/cordis.ts';
import { startSeededServer, startTestServer } from '../support/http.ts';

// Every operation of the OpenAPI document, called on the seeded graph, and its answer parsed with
// the contract's schema for it. Parsing strips keys a schema does not name (except the loose
// graph data), so an answer equal to its parse has no renamed or unexpected field.

const TOKEN = 'contract-test-token-0123456789';

interface Call {
  status: number;
  schema: z.ZodType | null;
  /** Makes the request and answers the response. */
  send: (url: string) => Promise<Response>;
}

const auth = { Authorization: `Bearer ${TOKEN}` };
const get = (p: string) => (url: string) => fetch(url + p, { headers: auth });
const post = (p: string, body: unknown) => (url: string) =>
  fetch(url + p, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(body) });
const upload = (p: string, files: { name: string; text: string }[]) => (url: string) => {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.text], { type: 'text/csv' }), f.name);
  return fetch(url + p, { method: 'POST', headers: auth, body: form });
};

async function exampleFiles() {
  const names = (await readdir('seeds/examples')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join('seeds/examples', name), 'utf8') })));
}

describe('every answer of the API parses with its schema in the contract', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let operations: string[];
  const calls = new Map<string, Call[]>();
  const add = (operation: string, ...list: Call[]) => calls.set(operation, [...(calls.get(operation) ?? []), ...list]);

  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_API_TOKEN: TOKEN }));
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    const examples = await exampleFiles();
    const cordis = await cordisSample(3);
    const sector = 'Sector:sector-chemistry-life-sciences';
    const elements = contract.graphElementsSchema.parse(await (await fetch(`${server.url}/api/triple-helix?scope=sector&id=${sector}`)).json());

    add('GET /api/health', { status: 200, schema: contract.healthSchema, send: get('/api/health') });
    add('GET /api/openapi.json', { status: 200, schema: contract.openApiSchema, send: get('/api/openapi.json') });
    add('GET /api/search', { status: 200, schema: contract.searchSchema, send: get('/api/search?q=imec&types=Actor,Project') });
    add('GET /api/overview', { status: 200, schema: contract.overviewSchema, send: get('/api/overview?limit=5000') });
    add(
      'GET /api/nodes/{id}',
      { status: 200, schema: contract.nodeDetailSchema, send: get('/api/nodes/Actor:imec') },
      { status: 200, schema: contract.nodeDetailSchema, send: get(`/api/nodes/${sector}`) },
    );
    add(
      'POST /api/expand',
      { status: 200, schema: contract.expandedSchema, send: post('/api/expand', { ids: ['Actor:imec'], hops: 2, limit: 30 }) },
      { status: 200, schema: contract.expandedSchema, send: post('/api/expand', { ids: [sector], relTypes: ['ACTIVE_IN', 'MENTIONED_IN'] }) },
    );
    add('GET /api/paths', { status: 200, schema: contract.pathsSchema, send: get('/api/paths?from=Actor:janssen-pharmaceutica&to=Actor:vito&k=3') });
    add('GET /api/schema', { status: 200, schema: contract.schemaInfoSchema, send: get('/api/schema') });
    add(
      'GET /api/triple-helix',
      { status: 200, schema: contract.tripleHelixSchema, send: get('/api/triple-helix') },
      { status: 200, schema: contract.tripleHelixSchema, send: get(`/api/triple-helix?scope=sector&id=${sector}`) },
      { status: 200, schema: contract.tripleHelixSchema, send: get(`/api/triple-helix?scope=sector&id=${sector}&period=2010-2014&undated=hide`) },
    );
    add('GET /api/activity/years', { status: 200, schema: contract.activityYearsSchema, send: get('/api/activity/years') });
    add(
      'GET /api/triple-helix/years',
      { status: 200, schema: contract.helixYearsSchema, send: get('/api/triple-helix/years?period=2012-2014') },
      { status: 200, schema: contract.helixYearsSchema, send: get(`/api/triple-helix/years?scope=sector&id=${sector}&period=2010-2012&undated=hide`) },
    );
    add(
      'GET /api/compare',
      { status: 200, schema: contract.compareSchema, send: get('/api/compare?a=2012&b=2016') },
      { status: 200, schema: contract.compareSchema, send: get(`/api/compare?scope=sector&id=${sector}&a=2010-2013&b=2014-2020&undated=hide`) },
    );
    add(
      'GET /api/cross-sector',
      { status: 200, schema: contract.crossSectorSchema, send: get('/api/cross-sector') },
      { status: 200, schema: contract.crossSectorSchema, send: get('/api/cross-sector?level=subsector') },
    );
    add('GET /api/cross-sector/shared', { status: 200, schema: contract.sharedMembersSchema, send: get(`/api/cross-sector/shared?a=${sector}&b=Sector:sector-construction`) });
    add('POST /api/metrics', { status: 200, schema: contract.metricsSchema, send: post('/api/metrics', { elements }) });
    add('GET /api/metrics', { status: 200, schema: contract.scopeMetricsSchema, send: get(`/api/metrics?scope=sector&id=${sector}`) });
    add('POST /api/analytics/run', { status: 202, schema: contract.analyticsRunSchema, send: post('/api/analytics/run', {}) });
    add('GET /api/analytics/status', { status: 200, schema: contract.analyticsStatusSchema, send: get('/api/analytics/status') });
    add('GET /api/sectors/{id}/profile', { status: 200, schema: contract.sectorProfileSchema, send: get(`/api/sectors/${sector}/profile`) });
    add('GET /api/regions/map', { status: 200, schema: contract.regionsMapSchema, send: get(`/api/regions/map?level=0&measure=share_academia&helix=academia,industry&sector=${sector}&period=2010-2014`) });
    add('GET /api/regions/map', { status: 200, schema: contract.regionsMapSchema, send: get(`/api/regions/map?level=2&measure=lq&category=${sector}`) });
    add('GET /api/regions/flows', { status: 200, schema: contract.regionsFlowsSchema, send: get('/api/regions/flows?level=0&weight=projects&limit=5&period=2015') });
    add('GET /api/specialisation', { status: 200, schema: contract.specialisationSchema, send: get('/api/specialisation?region=Region:province-antwerp&measure=actors&reference=regions&regions=BE31,NL41') });
    add('GET /api/shift-share', { status: 200, schema: contract.shiftShareSchema, send: get('/api/shift-share?region=BE21&measure=observations&metric=employees&a=2007&b=2010') });
    add(
      'GET /api/alignment',
      { status: 200, schema: contract.alignmentSchema, send: get('/api/alignment') },
      { status: 200, schema: contract.alignmentSchema, send: get('/api/alignment?rows=regions') },
    );
    add(
      'POST /api/console/query',
      { status: 200, schema: contract.consoleResultSchema, send: post('/api/console/query', { query: 'MATCH p = (a:Actor)-[r]->(b) RETURN a, r, b, p, a.name AS name, 2^60 AS big LIMIT $n', params: { n: 5 } }) },
      { status: 200, schema: contract.consoleResultSchema, send: post('/api/console/query', { query: 'UNWIND range(1, 50) AS x RETURN x', maxRows: 10 }) },
    );
    add('GET /api/console/schema', { status: 200, schema: contract.consoleSchemaSchema, send: get('/api/console/schema') });
    add('GET /api/console/examples', { status: 200, schema: contract.examplesSchema, send: get('/api/console/examples') });
    add('POST /api/saved-queries', { status: 201, schema: contract.savedQuerySchema, send: post('/api/saved-queries', { title: 'Actors', query: 'MATCH (a:Actor) RETURN a LIMIT $n', params: { n: 3 } }) });
    add('GET /api/saved-queries', { status: 200, schema: contract.savedQueriesSchema, send: get('/api/saved-queries') });
    add('GET /api/partners/model', { status: 200, schema: contract.partnerModelSchema, send: get('/api/partners/model') });
    add('POST /api/partners',
      { status: 200, schema: contract.partnerAnswerSchema, send: post('/api/partners', { actor: 'Actor:agfa-gevaert', limit: 10 }) },
      { status: 200, schema: contract.partnerAnswerSchema, send: post('/api/partners', { need: { sectors: [sector], helix: ['academia'] }, limit: 10 }) },
    );
    add('GET /api/import/templates', { status: 200, schema: contract.templatesSchema, send: get('/api/import/templates') });
    add('GET /api/import/templates/{file}', { status: 200, schema: null, send: get('/api/import/templates/actors.csv') });
    add('POST /api/import', { status: 200, schema: contract.importAnswerSchema, send: upload('/api/import?dryRun=true', examples) });
    add('POST /api/import/cordis', { status: 200, schema: contract.importAnswerSchema, send: upload('/api/import/cordis?dryRun=true', cordis.files) });
    add(
      'GET /api/report',
      { status: 200, schema: contract.ecosystemReportSchema, send: get(`/api/report?scope=sector&id=${sector}&lang=nl`) },
      { status: 200, schema: contract.ecosystemReportSchema, send: get('/api/report?scope=region&id=Region:province-antwerp&period=2010-2020') },
    );
    add(
      'GET /api/synergy',
      { status: 200, schema: contract.synergySchema, send: get('/api/synergy') },
      { status: 200, schema: contract.synergySchema, send: get('/api/synergy?scope=region&id=Region:flanders&period=2010-2020&undated=hide') },
      { status: 200, schema: contract.synergySchema, send: get(`/api/synergy?scope=sector&id=${sector}&unit=actor&dims=region,kind,helix`) },
    );
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('has a 2xx answer with a schema for every operation of the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
    };
    const without = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => !Object.entries(op.responses).some(([status, r]) => /^2/.test(status) && (status === '204' || Object.values(r.content ?? {}).some((c) => c.schema))))
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    expect(without).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(27);
  });

  it('answers each call of every operation in the shape its schema describes', async () => {
    const untested = operations.filter((op) => !calls.has(op) && !['DELETE /api/saved-queries/{id}', 'GET /api/import/jobs/{id}'].includes(op));
    expect(untested).toEqual([]);
    for (const [operation, list] of calls) {
      for (const call of list) {
        const res = await call.send(server.url);
        expect(res.status, operation).toBe(call.status);
        if (call.schema === null) {
          expect(await res.text(), operation).toMatch(/^id,/);
          continue;
        }
        const body: unknown = await res.json();
        const parsed = call.schema.safeParse(body);
        expect(parsed.error?.issues ?? [], operation).toEqual([]);
        expect(parsed.data, `${operation}: a field the contract does not name`).toEqual(body);
      }
    }
  }, 300_000); // some fifty calls, the analyses among them, one after another

  it('answers an import job and deleting a saved query as the contract says', async () => {
    const saved = contract.savedQuerySchema.parse(await (await post('/api/saved-queries', { title: 'x', query: 'RETURN 1' })(server.url)).json());
    const deleted = await fetch(`${server.url}/api/saved-queries/${saved.id}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');

    const started = await upload('/api/import', await exampleFiles())(server.url);
    expect(started.status).toBe(202);
    const { jobId } = contract.importAnswerSchema.parse(await started.json());
    let job: contract.ImportJobAnswer;
    do {
      const body: unknown = await (await get(`/api/import/jobs/${jobId}`)(server.url)).json();
      job = contract.jobSchema.parse(body);
      expect(job).toEqual(body);
    } while (job.status === 'running');
    expect(job.status).toBe('done');
    expect(job.summary?.rows).toBe(job.report.rows);
  });

  it('refuses bad input with a problem the contract describes', async () => {
    for (const send of [get('/api/overview?limit=-3'), get('/api/nodes/Actor:no-such-actor'), post('/api/partners', { actor: 'Actor:nobody' })]) {
      const res = await send(server.url);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const problem = contract.problemSchema.parse(await res.json());
      expect(problem.status).toBe(res.status);
      expect(problem.detail).toBeTruthy();
    }
  });
});
