// Drawing synthetic scenes of 1,000, 5,000 and 10,000 actors (4 links per actor) in headless
// Chromium: `npm run bench -- client-draw`. Builds the client (into HELIX_CLIENT_OUT or
// dist/client), serves it and answers its API calls with the scene, so the figures are the
// browser's work only.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { answerWithScene, serveBuiltClient } from '../tests/support/static-client.ts';
import { PAN_MS, ZOOM_MS, p95, panAndZoomFrames, round1 } from './frames.ts';
import { machine, median, writeResult } from './machine.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const SIZES = (process.env.HELIX_BENCH_CLIENT_SIZES ?? '1000,5000,10000').split(',').map(Number);
const EDGES_PER_NODE = 4;
const ROUNDS = Number(process.env.HELIX_BENCH_ROUNDS ?? 3);
// fcose by default (what a user gets); `grid` skips the force layout when only drawing matters.
const LAYOUT = process.env.HELIX_CLIENT_DRAW_LAYOUT ?? 'fcose';
/** Longest wait for any one step (drawing and layout of a scene, an answer to a click). */
const STEP_TIMEOUT_MS = Number(process.env.HELIX_BENCH_STEP_TIMEOUT_S ?? 300) * 1000;
/** A click counts as answered when the selection is painted within this (the RAIL response budget). */
const ANSWERED_MS = 100;
const CLICK_ATTEMPTS = 10;
/**
 * An earlier build of the client (say, main's: `HELIX_CLIENT_OUT=<folder> npm run build` in its
 * checkout), drawn as the variant `before` in the same run, so before and after share the load.
 */
const BEFORE_CLIENT = process.env.HELIX_BENCH_BEFORE_CLIENT;
/** What draws the scene: the app's Cytoscape canvas, the same with Cytoscape's WebGL renderer, sigma.js 3 (the WebGL anchor), the earlier build's canvas. */
const VARIANTS = (process.env.HELIX_BENCH_CLIENT_VARIANTS ?? (BEFORE_CLIENT ? 'before,canvas,sigma' : 'canvas,sigma')).split(',') as Variant[];
type Variant = 'canvas' | 'webgl' | 'sigma' | 'before';
const SIGMA_PATH = '/sigma-bench.html';

/** The sigma.js page (bench/sigma-page.ts) as one HTML document with its script inline. */
async function sigmaPage(): Promise<string> {
  const out = await build({ entryPoints: [new URL('./sigma-page.ts', import.meta.url).pathname], bundle: true, format: 'esm', write: false, target: 'es2022', minify: true, logLevel: 'silent' });
  const js = out.outputFiles[0]!.text.replaceAll('</script', '<\\/script');
  return `<!doctype html><html><head><meta charset="utf-8"><title>sigma.js</title></head><body style="margin:0"><script type="module">${js}</script></body></html>`;
}

// Page scripts are strings, not functions: tsx would wrap named functions in a helper the page lacks.
/** When the scene's JSON had fully arrived (Resource Timing), on the page's clock. */
const DATA_AT = `performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/api/overview')?.responseEnd ?? null`;

/** Arms a listener: resolves with the input's time stamp and the end of the first frame after a node is selected. */
const ARM_CLICK = `(() => {
  const cy = window.cy; cy.$(':selected').unselect();
  window.__click = new Promise((resolve) => {
    let inputAt = null;
    window.addEventListener('pointerdown', (e) => { inputAt = e.timeStamp; }, { capture: true, once: true });
    cy.one('select', 'node', () => requestAnimationFrame(() => resolve({ inputAt, paintedAt: performance.now() })));
  });
})()`;

/** The rendered position (page coordinates) of the n-th node in view, counted from the centre out. */
function nodeInView(page: Page, nth: number, variant: Variant): Promise<{ x: number; y: number } | null> {
  if (variant === 'sigma') return page.evaluate(`window.benchNodeInView(${nth})`);
  return page.evaluate(`(() => {
    const cy = window.cy; const box = cy.container().getBoundingClientRect();
    const ps = cy.nodes().map((n) => n.renderedPosition()).filter((p) => p.x > 40 && p.y > 40 && p.x < box.width - 40 && p.y < box.height - 40);
    ps.sort((a, b) => Math.hypot(a.x - box.width / 2, a.y - box.height / 2) - Math.hypot(b.x - box.width / 2, b.y - box.height / 2));
    const p = ps[${nth} % Math.max(1, ps.length)];
    return p ? { x: box.left + p.x, y: box.top + p.y } : null;
  })()`);
}

/** A point of the canvas (page coordinates) far from any node, so a drag there pans instead of moving a node. */
function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(`(() => {
    const cy = window.cy; const box = cy.container().getBoundingClientRect();
    const ps = cy.nodes().map((n) => n.renderedPosition());
    let best = { x: box.width / 2, y: box.height / 2, d: -1 };
    for (let x = 200; x < box.width - 200; x += 20) for (let y = 150; y < box.height - 150; y += 20) {
      let d = Infinity;
      for (const p of ps) d = Math.min(d, (p.x - x) ** 2 + (p.y - y) ** 2);
      if (d > best.d) best = { x, y, d };
    }
    return { x: box.left + best.x, y: box.top + best.y };
  })()`);
}

interface Round {
  /** Scene JSON received → first frame Cytoscape drew with every node (large scenes: the links follow). */
  firstFrameMs: number;
  /** Scene JSON received → first frame with every node and every link. */
  completeMs: number;
  /** Of which: received → canvas created (parsing, React, the views' own work). */
  beforeCanvasMs: number;
  /** Of which: canvas created with all elements → its first render. */
  canvasDrawMs: number;
  layoutMs: number;
  interactiveMs: number;
  clickLatencyMs: number;
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  zoomFrameMedianMs: number;
  zoomFrameP95Ms: number;
}

/** Clicks nodes until one click is answered within ANSWERED_MS; the input time and latency of that click. */
async function firstAnsweredClick(page: Page, variant: Variant): Promise<{ inputAt: number; latency: number; attempts: number }> {
  let last = { inputAt: NaN, latency: NaN, attempts: 0 };
  for (let attempt = 0; attempt < CLICK_ATTEMPTS; attempt++) {
    const spot = await nodeInView(page, attempt, variant);
    if (!spot) throw new Error('no node in view to click');
    await page.evaluate(variant === 'sigma' ? 'window.benchArmClick()' : ARM_CLICK);
    await page.mouse.click(spot.x, spot.y);
    const answer = (await page.evaluate(`Promise.race([window.__click, new Promise((r) => setTimeout(() => r(null), ${STEP_TIMEOUT_MS}))])`)) as { inputAt: number; paintedAt: number } | null;
    if (!answer) throw new Error(`a click on a node was not answered within ${STEP_TIMEOUT_MS / 1000} s`);
    last = { inputAt: answer.inputAt, latency: answer.paintedAt - answer.inputAt, attempts: attempt + 1 };
    if (last.latency <= ANSWERED_MS) return last;
    await page.waitForTimeout(200);
  }
  return last;
}

async function measureRound(browser: Browser, url: string, scene: string, nodes: number, variant: Variant, sigmaHtml: string): Promise<Round> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await answerWithScene(page, scene);
    await page.route(`**${SIGMA_PATH}`, (route) => route.fulfill({ body: sigmaHtml, contentType: 'text/html' }));
    await page.goto(variant === 'sigma' ? `${url}${SIGMA_PATH}` : `${url}/?draw=all&all=1&layout=${LAYOUT}${variant === 'webgl' ? '&webgl=1' : ''}`);
    // the earlier build has no completeAt: it drew every link in its first frame
    const complete = variant === 'before' ? '' : ` && typeof window.helixCanvas.completeAt === 'number'`;
    await page.waitForFunction(`window.helixCanvas?.state === 'ready' && window.helixCanvas.nodes === ${nodes}${complete}`, undefined, { timeout: STEP_TIMEOUT_MS, polling: 100 });
    const t = (await page.evaluate('window.helixCanvas')) as { createdAt: number; drawnAt: number; completeAt?: number; readyAt: number; layoutMs: number };
    const dataAt = (await page.evaluate(DATA_AT)) as number | null;
    if (dataAt === null) throw new Error('no resource timing for /api/overview');
    const click = await firstAnsweredClick(page, variant);
    // Interactive: layout done and a click on a node answered within ANSWERED_MS. When the first
    // click already is, the page was interactive from the moment the layout was done.
    const interactiveMs = (click.attempts === 1 && click.latency <= ANSWERED_MS ? t.readyAt : click.inputAt) + click.latency - dataAt;
    // sigma's page has no camera gestures measured: only its first frame and click are compared
    const { pan, zoom } = variant === 'sigma' ? { pan: [NaN], zoom: [NaN] } : await (async () => {
      await page.evaluate(`window.cy.$(':selected').unselect()`);
      return panAndZoomFrames(page, await emptySpot(page));
    })();
    return {
      firstFrameMs: t.drawnAt - dataAt,
      completeMs: (t.completeAt ?? t.drawnAt) - dataAt,
      beforeCanvasMs: t.createdAt - dataAt,
      canvasDrawMs: t.drawnAt - t.createdAt,
      layoutMs: t.layoutMs,
      interactiveMs,
      clickLatencyMs: click.latency,
      panFrameMedianMs: median(pan),
      panFrameP95Ms: p95(pan),
      zoomFrameMedianMs: median(zoom),
      zoomFrameP95Ms: p95(zoom),
    };
  } finally {
    await page.close();
  }
}

function report(scenes: unknown[], loadAverageBefore: number[]): Record<string, unknown> {
  return {
    machine: machine({ browser: 'Debian chromium, headless, --disable-gpu (software rendering; WebGL runs on SwiftShader)' }),
    graphs: `bench/synthetic-graph.ts, ${EDGES_PER_NODE} links per node; explorer view with draw=all, the default node size (degree), layout ${LAYOUT}`,
    ...(BEFORE_CLIENT ? { before: 'an earlier build of the client, served beside the current one (HELIX_BENCH_BEFORE_CLIENT)' } : {}),
    rounds: ROUNDS,
    loadAverageBefore,
    loadAverageAfter: os.loadavg().map((l) => +l.toFixed(2)),
    notes: [
      'Medians over rounds (raw: each round). Times are on the page clock, from the moment the scene JSON had fully arrived (Resource Timing responseEnd of /api/overview).',
      'firstFrameMs: until the first frame of the Cytoscape canvas with every node (on their starting disc, before the force layout): its render event (canvas renderer) or the second animation frame after the canvas was created (WebGL renderer, which emits no render event), whichever comes first; beforeCanvasMs + canvasDrawMs split it at the creation of the canvas. Large scenes (> 1,500 nodes) on the canvas renderer draw that frame with the nodes only and add the links after it; in smaller scenes, with WebGL, in sigma and in `before` (builds before that change) it holds every link as well.',
      'completeMs: until the first frame with every node and every link (the render after the last link was added; the first frame where that one already had them all).',
      'layoutMs: force layout (fcose in a Web Worker: up to 2,000 nodes default quality with at most 250 force iterations, draft quality above) until the positions are applied and the camera fit.',
      `interactiveMs: until the layout is done AND a click on a node is answered (the node selected and the next frame painted) within ${ANSWERED_MS} ms: the layout time plus that click's latency when the first click after the layout is answered in time, else the time of the first such click (up to ${CLICK_ATTEMPTS} clicks 200 ms apart). clickLatencyMs: that click, input event to painted frame.`,
      'sigma: the same scene in sigma.js 3 with graphology (WebGL on SwiftShader here), nodes on the same starting disc, no layout (so its layoutMs is 0 and interactiveMs is its first answered click); a click highlights the node. appOverSigma: the app canvas figure over sigma\'s, same run. before: an earlier build of the client (HELIX_BENCH_BEFORE_CLIENT) drawing the same scene in the same run; afterOverBefore: the app canvas figure over that build\'s.',
      `pan: requestAnimationFrame intervals while the mouse drags the background for ${PAN_MS / 1000} s; zoom: the same while the wheel turns for ${ZOOM_MS / 1000} s. Large scenes pan a snapshot with links hidden (Cytoscape textureOnViewport), so the p95 is the frame that takes the snapshot.`,
    ],
    scenes,
  };
}

export async function clientDrawBench(): Promise<string> {
  // Always the current code: a build left from another checkout would measure something else.
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const client = await serveBuiltClient();
  const before = BEFORE_CLIENT ? await serveBuiltClient(BEFORE_CLIENT) : null;
  const url = client.url;
  const loadAverageBefore = os.loadavg().map((l) => +l.toFixed(2));
  const browser = await launchBrowser();
  const sigmaHtml = VARIANTS.includes('sigma') ? await sigmaPage() : '';
  const scenes = [];
  try {
    for (const nodes of SIZES) {
      const graph = syntheticGraph({ nodes, edgesPerNode: EDGES_PER_NODE });
      const scene = JSON.stringify(graph);
      const variants: Record<string, unknown> = {};
      for (const variant of VARIANTS) {
        const rounds: Round[] = [];
        const errors: string[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          console.log(`client-draw: ${nodes} nodes, ${variant}, round ${r + 1}`);
          try {
            rounds.push(await measureRound(browser, variant === 'before' ? before!.url : url, scene, nodes, variant, sigmaHtml));
          } catch (err) {
            errors.push((err as Error).message.split('\n')[0]!);
          }
        }
        const keys = rounds.length ? (Object.keys(rounds[0]!) as (keyof Round)[]) : [];
        variants[variant] = {
          ...Object.fromEntries(keys.map((k) => [k, round1(median(rounds.map((x) => x[k])))])),
          ...(errors.length ? { errors } : {}),
          raw: Object.fromEntries(keys.map((k) => [k, rounds.map((x) => round1(x[k]))])),
        };
      }
      const ratio = (k: 'firstFrameMs' | 'completeMs' | 'clickLatencyMs', to: Variant) => {
        const app = (variants.canvas as Record<string, number> | undefined)?.[k];
        const anchor = (variants[to] as Record<string, number> | undefined)?.[k];
        return app !== undefined && anchor ? round1(app / anchor) : null;
      };
      const ratios = (to: Variant) => ({ firstFrame: ratio('firstFrameMs', to), complete: ratio('completeMs', to), click: ratio('clickLatencyMs', to) });
      scenes.push({ nodes, edges: graph.edges.length, ...variants, appOverSigma: ratios('sigma'), ...(variants.before ? { afterOverBefore: ratios('before') } : {}) });
      // Written after every scene, so a run stopped part-way still leaves its figures.
      await writeResult('client-draw', report(scenes, loadAverageBefore));
    }
  } finally {
    await browser.close();
    await client.close();
    await before?.close();
  }
  console.log(JSON.stringify(scenes, (k, v: unknown) => (k === 'raw' ? undefined : v), 2));
  return await writeResult('client-draw', report(scenes, loadAverageBefore));
}
