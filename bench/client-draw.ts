// Drawing a 5,000-node / 20,000-link scene in headless Chromium: `npm run bench -- client-draw`.
// Serves the built client (HELIX_CLIENT_OUT or dist/client) and answers its API calls with a
// synthetic scene, so the figure is the browser's work only.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import express from 'express';
import { launchBrowser } from '../tests/support/browser.ts';
import { machine, median, writeResult } from './machine.ts';

const NODES = 5000;
const EDGES = 20000;
const ROUNDS = Number(process.env.HELIX_BENCH_ROUNDS ?? 3);
// fcose by default (what a user gets); `grid` skips the 20-second layout when only drawing matters.
const LAYOUT = process.env.HELIX_CLIENT_DRAW_LAYOUT ?? 'fcose';
const GESTURE_MS = 2000;
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

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

const RECORD_FRAMES = `(() => {
  const out = []; let last = performance.now(); let on = true;
  const step = () => { const now = performance.now(); out.push(now - last); last = now; if (on) requestAnimationFrame(step); };
  requestAnimationFrame(step);
  window.__stopFrames = () => { on = false; return out.slice(1); };
})()`;

/** A point of the canvas (page coordinates) far from any node, so a drag there pans instead of moving a node. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return (await page.evaluate(`(() => {
    const cy = window.cy; const box = cy.container().getBoundingClientRect();
    const ps = cy.nodes().map((n) => n.renderedPosition());
    let best = { x: box.width / 2, y: box.height / 2, d: -1 };
    for (let x = 200; x < box.width - 200; x += 20) for (let y = 150; y < box.height - 150; y += 20) {
      let d = Infinity;
      for (const p of ps) d = Math.min(d, (p.x - x) ** 2 + (p.y - y) ** 2);
      if (d > best.d) best = { x, y, d };
    }
    return { x: box.left + best.x, y: box.top + best.y };
  })()`)) as { x: number; y: number };
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
  const before = os.loadavg().map((l) => +l.toFixed(2));
  const browser = await launchBrowser();
  type Run = { drawMs: number[]; layoutMs: number[]; frameMedianMs: number[]; frameP95Ms: number[]; scriptedFrameMedianMs: number[]; scriptedFrameP95Ms: number[] };
  const runs: Record<string, Run> = {};
  try {
    for (const variant of ['canvas', 'webgl'] as const) {
      runs[variant] = { drawMs: [], layoutMs: [], frameMedianMs: [], frameP95Ms: [], scriptedFrameMedianMs: [], scriptedFrameP95Ms: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.route('**/api/**', (route) => {
          const p = new URL(route.request().url()).pathname;
          if (p === '/api/health') return route.fulfill({ json: { status: 'ok', version: 'bench', neo4j: { reachable: true, version: '5.26' } } });
          if (p === '/api/overview') return route.fulfill({ body: scene, contentType: 'application/json' });
          return route.fulfill({ status: 404, contentType: 'application/problem+json', json: { title: 'Not found', detail: `no API endpoint ${route.request().method()} ${p}` } });
        });
        await page.goto(`${url}/?draw=all&size=none&layout=${LAYOUT}${variant === 'webgl' ? '&webgl=1' : ''}`);
        await page.waitForFunction(() => window.helixCanvas?.state === 'ready' && window.helixCanvas.nodes === 5000, undefined, { timeout: 300_000, polling: 200 });
        const timing = await page.evaluate(() => window.helixCanvas!);
        // As a user does it: drag the background to pan, then turn the mouse wheel, while the page
        // records its frame intervals. Cytoscape only takes its viewport shortcuts (snapshot, links
        // hidden) for such gestures.
        const spot = await emptySpot(page);
        await page.evaluate(RECORD_FRAMES);
        await page.mouse.move(spot.x, spot.y);
        await page.mouse.down();
        const t0 = Date.now();
        for (let i = 1; Date.now() - t0 < GESTURE_MS / 2; i++) await page.mouse.move(spot.x + 150 * Math.sin(i / 8), spot.y + 100 * Math.cos(i / 8));
        await page.mouse.up();
        const t1 = Date.now();
        for (let i = 0; Date.now() - t1 < GESTURE_MS / 2; i++) await page.mouse.wheel(0, i % 16 < 8 ? -100 : 100);
        const frames = (await page.evaluate('window.__stopFrames()')) as number[];
        await page.waitForTimeout(500);
        // The worst case: the camera moved by script every frame, so every frame is a full redraw.
        // A string, not a function: tsx would wrap named functions in a helper the page lacks.
        const scripted = (await page.evaluate(`new Promise((resolve) => {
          const cy = window.cy; const out = []; let last = performance.now(); const start = last;
          const step = () => {
            const now = performance.now(); out.push(now - last); last = now;
            const k = (now - start) / ${GESTURE_MS};
            cy.viewport({ zoom: 0.3 + 0.7 * Math.abs(Math.sin(k * Math.PI)), pan: { x: 300 * Math.cos(k * 6), y: 200 * Math.sin(k * 6) } });
            if (now - start < ${GESTURE_MS}) requestAnimationFrame(step); else resolve(out.slice(1));
          };
          requestAnimationFrame(step);
        })`)) as number[];
        runs[variant].drawMs.push(timing.drawMs ?? NaN);
        runs[variant].layoutMs.push(timing.layoutMs ?? NaN);
        runs[variant].frameMedianMs.push(median(frames));
        runs[variant].frameP95Ms.push(p95(frames));
        runs[variant].scriptedFrameMedianMs.push(median(scripted));
        runs[variant].scriptedFrameP95Ms.push(p95(scripted));
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
        scriptedFrameMedianMs: +median(r.scriptedFrameMedianMs).toFixed(1),
        scriptedFrameP95Ms: +median(r.scriptedFrameP95Ms).toFixed(1),
        raw: r,
      },
    ]),
  );
  const result = {
    machine: machine({ browser: 'Debian chromium, headless, --disable-gpu (software rendering)' }),
    scene: { nodes: NODES, edges: EDGES },
    layout: LAYOUT,
    rounds: ROUNDS,
    loadAverageBefore: before,
    loadAverageAfter: os.loadavg().map((l) => +l.toFixed(2)),
    notes:
      'firstDraw: Cytoscape created with all elements until its first render; layout: fcose (draft quality) in a Web Worker, applied as preset positions; panZoomFrame: requestAnimationFrame intervals while the mouse drags the background for 1 s then turns the wheel for 1 s; scriptedFrame: the same while a script moves the camera every frame (full redraw each frame, the worst case).',
    ...summary,
  };
  console.log(JSON.stringify(summary, (k, v: unknown) => (k === 'raw' ? undefined : v), 2));
  return await writeResult('client-draw', result);
}
