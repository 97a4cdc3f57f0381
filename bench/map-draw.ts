// The map at NUTS level 3 of Europe (1,514 regions, 200 flows) in headless Chromium:
// `npm run bench -- map-draw`. Builds the client (into HELIX_CLIENT_OUT or dist/client), serves it
// and answers its API calls with figures for every region, so the figures are the browser's work.
// First draw: from the moment the geometry and the figures have arrived to the first animation
// frame with all regions coloured; pan: requestAnimationFrame intervals while the mouse drags the
// map for 2 s; zoom: the same while the wheel turns for 1 s.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { nutsGeometrySchema, type RegionsFlows, type RegionsMap } from '../contract/index.ts';
import { NO_VALUE } from '../client/src/views/map/classes.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveBuiltClient } from '../tests/support/static-client.ts';
import { PAN_MS, ZOOM_MS, p95, panAndZoomFrames, round1 } from './frames.ts';
import { machine, median, writeResult } from './machine.ts';

const ROUNDS = Number(process.env.HELIX_BENCH_ROUNDS ?? 5);
const FLOWS = 200;

/** When the geometry and the figures had both arrived (Resource Timing), on the page's clock. */
const DATA_AT = `Math.max(...performance.getEntriesByType('resource').filter((e) => ['/geo/nuts-2021-3.json', '/api/regions/map'].includes(new URL(e.name).pathname)).map((e) => e.responseEnd))`;
/** True in the first frame where every region is drawn and coloured. */
const DRAWN = `(() => { const ps = document.querySelectorAll('[data-layer="regions"] path[data-id]'); if (ps.length !== 1514) return false; window.__drawnAt ??= performance.now(); return ps[ps.length - 1].getAttribute('fill') !== '${NO_VALUE}'; })()`;

function answers(): { map: RegionsMap; flows: RegionsFlows } {
  const geometry = nutsGeometrySchema.parse(JSON.parse(readFileSync('client/public/geo/nuts-2021-3.json', 'utf8')));
  const ids = geometry.regions.map((r) => r.id);
  const regions = ids.map((id, i) => {
    const actors = 1 + ((i * 7919) % 97);
    return { id, name: id, node: null, value: actors, actors, participations: actors * 3, contribution: actors * 250_000, byHelix: { industry: actors }, helices: 1, ties: actors * 2, crossTies: actors, crossShare: 0.5 };
  });
  const flows = Array.from({ length: FLOWS }, (_, i) => ({ a: ids[(i * 31) % ids.length]!, b: ids[(i * 97 + 13) % ids.length]!, pairs: FLOWS - i, projects: FLOWS - i, weight: FLOWS - i }));
  return {
    map: { level: 3, measure: 'actors', definition: 'synthetic', specialisation: null, regions, period: null },
    flows: { level: 3, weight: 'pairs', definition: 'synthetic', flows, total: FLOWS, period: null },
  };
}

async function answer(page: Page, map: string, flows: string): Promise<void> {
  await page.route('**/api/**', (route) => {
    const p = new URL(route.request().url()).pathname;
    if (p === '/api/health') return route.fulfill({ json: { status: 'ok', version: 'static', neo4j: { reachable: true, version: '5.26' } } });
    if (p === '/api/regions/map') return route.fulfill({ body: map, contentType: 'application/json' });
    if (p === '/api/regions/flows') return route.fulfill({ body: flows, contentType: 'application/json' });
    return route.fulfill({ status: 404, contentType: 'application/problem+json', json: { title: 'Not found', detail: `no API endpoint ${p}` } });
  });
}

export async function mapDrawBench(): Promise<string> {
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  const { map, flows } = answers();
  const [mapText, flowsText] = [JSON.stringify(map), JSON.stringify(flows)];
  const client = await serveBuiltClient();
  const browser = await launchBrowser();
  const rounds: { firstDrawMs: number; fromNavigationMs: number; panP50: number; panP95: number; zoomP50: number; zoomP95: number }[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await answer(page, mapText, flowsText);
      await page.goto(`${client.url}/map?level=3&flows=${FLOWS}&lang=en`);
      await page.waitForFunction(DRAWN, undefined, { polling: 'raf', timeout: 120_000 });
      const drawnAt = (await page.evaluate('performance.now()')) as number;
      const dataAt = (await page.evaluate(DATA_AT)) as number;
      const svg = (await page.getByTestId('map').boundingBox())!;
      const { pan, zoom } = await panAndZoomFrames(page, { x: svg.x + svg.width / 2, y: svg.y + svg.height / 2 });
      rounds.push({ firstDrawMs: round1(drawnAt - dataAt), fromNavigationMs: round1(drawnAt), panP50: round1(median(pan)), panP95: round1(p95(pan)), zoomP50: round1(median(zoom)), zoomP95: round1(p95(zoom)) });
      console.log(`map-draw: round ${r + 1}: ${JSON.stringify(rounds[rounds.length - 1])}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await client.close();
  }
  const med = (k: keyof (typeof rounds)[number]) => round1(median(rounds.map((x) => x[k])));
  return writeResult('map-draw', {
    machine: machine({ loadAverage: os.loadavg().map(round1), browser: 'Debian chromium, headless, --disable-gpu' }),
    scene: { level: 3, regions: 1514, flows: FLOWS, viewport: '1440x900' },
    method: `first draw: from the later responseEnd of the level-3 geometry and /api/regions/map to the first animation frame with all 1,514 regions coloured (fromNavigation: from navigation start); pan: requestAnimationFrame intervals while the mouse drags the map for ${PAN_MS / 1000} s; zoom: the same while the wheel turns for ${ZOOM_MS / 1000} s. ${ROUNDS} rounds, medians.`,
    median: { firstDrawMs: med('firstDrawMs'), fromNavigationMs: med('fromNavigationMs'), panP50: med('panP50'), panP95: med('panP95'), zoomP50: med('zoomP50'), zoomP95: med('zoomP95') },
    rounds,
  });
}
