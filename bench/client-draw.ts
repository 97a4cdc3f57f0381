// Drawing a 5,000-node / 20,000-link scene in headless Chromium: `npm run bench -- client-draw`.
// Serves the built client (HELIX_CLIENT_OUT or dist/client) and answers its API calls with a
// synthetic scene, so the figure is the browser's work only.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { launchBrowser } from '../tests/support/browser.ts';
import { machine, median, writeResult } from './machine.ts';

const NODES = 5000;
const EDGES = 20000;
const ROUNDS = 3;
const HELICES = ['government', 'industry', 'academia', 'intermediary', 'civil_society'];

/** A scale-free-ish scene: link ends drawn with a skew so some nodes are hubs, as in real collaboration data. */
function syntheticScene() {
  let seed = 42;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const nodes = Array.from({ length: NODES }, (_, i) => ({ data: { id: `Actor:a${i}`, label: `Actor ${i}`, type: 'Actor', helix: HELICES[i % HELICES.length] } }));
  const seen = new Set<string>();
  const edges = [];
  while (edges.length < EDGES) {
    const a = Math.floor(rnd() * NODES);
    const b = Math.floor(rnd() ** 2 * NODES);
    const id = `Actor:a${a}|COLLABORATES_WITH|Actor:a${b}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    edges.push({ data: { id, source: `Actor:a${a}`, target: `Actor:a${b}`, type: 'COLLABORATES_WITH', weight: 1 + Math.floor(rnd() * 5) } });
  }
  return { nodes, edges, summary: { nodes: NODES, edges: EDGES, truncated: false } };
}

export async function clientDrawBench(): Promise<string> {
  const dir = path.resolve(process.env.HELIX_CLIENT_OUT ?? 'dist/client');
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`no client build in ${dir}: run npm run build first`);
  const app = express();
  app.use(express.static(dir, { index: false }));
  app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(dir, 'index.html')));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const scene = JSON.stringify(syntheticScene());
  const browser = await launchBrowser();
  const runs: Record<string, { drawMs: number[]; layoutMs: number[]; frameMedianMs: number[]; frameP95Ms: number[] }> = {};
  try {
    for (const variant of ['canvas', 'webgl'] as const) {
      runs[variant] = { drawMs: [], layoutMs: [], frameMedianMs: [], frameP95Ms: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.route('**/api/**', (route) => {
          const p = new URL(route.request().url()).pathname;
          if (p === '/api/health') return route.fulfill({ json: { status: 'ok', version: 'bench', neo4j: { reachable: true, version: '5.26' } } });
          if (p === '/api/overview') return route.fulfill({ body: scene, contentType: 'application/json' });
          return route.fulfill({ status: 404, contentType: 'application/problem+json', json: { title: 'Not found', detail: `no API endpoint ${route.request().method()} ${p}` } });
        });
        await page.goto(`${url}/?draw=all&size=none${variant === 'webgl' ? '&webgl=1' : ''}`);
        await page.waitForFunction(() => window.helixCanvas?.state === 'ready' && window.helixCanvas.nodes === 5000, undefined, { timeout: 300_000, polling: 200 });
        const timing = await page.evaluate(() => window.helixCanvas!);
        // Pan and zoom for two seconds and record the frame intervals.
        // A string, not a function: tsx would wrap named functions in a helper the page lacks.
        const frames = (await page.evaluate(`new Promise((resolve) => {
          const cy = window.cy; const out = []; let last = performance.now(); const start = last;
          const step = () => {
            const now = performance.now(); out.push(now - last); last = now;
            const k = (now - start) / 2000;
            cy.viewport({ zoom: 0.3 + 0.7 * Math.abs(Math.sin(k * Math.PI)), pan: { x: 300 * Math.cos(k * 6), y: 200 * Math.sin(k * 6) } });
            if (now - start < 2000) requestAnimationFrame(step); else resolve(out.slice(1));
          };
          requestAnimationFrame(step);
        })`)) as number[];
        const sorted = [...frames].sort((a, b) => a - b);
        runs[variant].drawMs.push(timing.drawMs ?? NaN);
        runs[variant].layoutMs.push(timing.layoutMs ?? NaN);
        runs[variant].frameMedianMs.push(median(frames));
        runs[variant].frameP95Ms.push(sorted[Math.floor(sorted.length * 0.95)] ?? NaN);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([variant, r]) => [
      variant,
      {
        firstDrawMedianMs: Math.round(median(r.drawMs)),
        layoutMedianMs: Math.round(median(r.layoutMs)),
        panZoomFrameMedianMs: +median(r.frameMedianMs).toFixed(1),
        panZoomFrameP95Ms: +median(r.frameP95Ms).toFixed(1),
        raw: r,
      },
    ]),
  );
  const result = {
    machine: machine({ browser: 'Debian chromium, headless, --disable-gpu (software rendering)' }),
    scene: { nodes: NODES, edges: EDGES },
    rounds: ROUNDS,
    notes:
      'firstDraw: Cytoscape created with all elements until its first render; layout: fcose (draft quality) in a Web Worker, applied as preset positions; frames: requestAnimationFrame intervals while panning and zooming for 2 s.',
    ...summary,
  };
  console.log(JSON.stringify(summary, (k, v: unknown) => (k === 'raw' ? undefined : v), 2));
  return await writeResult('client-draw', result);
}
