// Opening the app in headless Chromium: `npm run bench -- first-load`. Builds the client (into
// HELIX_CLIENT_OUT or dist/client) and serves it as the app does (gzipped by the build), answering its API calls
// with a scene of 1,000 actors so only the page's own work counts. For each view measured, in a
// fresh page each round: the code and styles fetched (on the wire and unpacked), and the time from
// navigation to the view being usable — the Explorer's first frame, the console's editor, the
// import form — on loopback and on emulated lines: broadband (20 Mbit/s, 40 ms) and mobile (5 Mbit/s, 100 ms).
// HELIX_BENCH_BEFORE_CLIENT=<folder> (an earlier build: `HELIX_CLIENT_OUT=<folder> npm run build` in
// its checkout) is measured in the same run as `before`.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { answerWithScene, serveBuiltClient } from '../tests/support/static-client.ts';
import { machine, median, writeResult } from './machine.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const ROUNDS = Number(process.env.HELIX_BENCH_ROUNDS ?? 5);
const BEFORE_CLIENT = process.env.HELIX_BENCH_BEFORE_CLIENT;
const STEP_TIMEOUT_MS = 120_000;

/** What "usable" means on each view measured: a script run in the page until it is true. */
const VIEWS: { name: string; path: string; usable: string }[] = [
  // the Explorer opens on the most connected actors of the scene: its first frame, before the layout settles
  { name: 'Explorer (first frame)', path: '/', usable: `typeof window.helixCanvas?.drawnAt === 'number'` },
  { name: 'Console (editor)', path: '/console', usable: `!!document.querySelector('.cm-editor')` },
  { name: 'Import (form)', path: '/import', usable: `!!document.querySelector('input[type=file]')` },
];

const LINES = {
  loopback: null,
  broadband: { offline: false, latency: 40, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 },
  mobile: { offline: false, latency: 100, downloadThroughput: (5e6 / 8) | 0, uploadThroughput: (1e6 / 8) | 0 },
} as const;

interface Round {
  usableMs: number;
  scripts: number;
  wireKB: number;
  unpackedKB: number;
}

// Page scripts are strings: tsx would wrap named functions in a helper the page lacks.
const CODE_FETCHED = `performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
  .filter((e) => /\\.(js|css)$/.test(new URL(e.name).pathname))
  .map((e) => ({ wire: e.transferSize, unpacked: e.decodedBodySize }))`;

async function round(browser: Browser, url: string, view: (typeof VIEWS)[number], line: keyof typeof LINES, scene: string): Promise<Round> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    const conditions = LINES[line];
    if (conditions) await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', conditions);
    await answerWithScene(page, scene);
    const start = Date.now();
    await page.goto(url + view.path);
    await page.waitForFunction(view.usable, undefined, { timeout: STEP_TIMEOUT_MS, polling: 50 });
    const usableMs = Date.now() - start;
    const code = (await page.evaluate(CODE_FETCHED)) as { wire: number; unpacked: number }[];
    const sum = (k: 'wire' | 'unpacked') => Math.round(code.reduce((s, c) => s + c[k], 0) / 1024);
    return { usableMs, scripts: code.length, wireKB: sum('wire'), unpackedKB: sum('unpacked') };
  } finally {
    await context.close();
  }
}

export async function firstLoadBench(): Promise<string> {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const builds = [
    ...(BEFORE_CLIENT ? [{ name: 'before', folder: BEFORE_CLIENT }] : []),
    { name: 'now', folder: undefined },
  ];
  const servers = [];
  for (const b of builds) servers.push({ variant: b.name, server: await serveBuiltClient(b.folder) });
  const scene = JSON.stringify(syntheticGraph({ nodes: 1000, edgesPerNode: 4 }));
  const loadAverageBefore = os.loadavg().map((l) => +l.toFixed(2));
  const browser = await launchBrowser();
  const results: Record<string, unknown>[] = [];
  try {
    for (const view of VIEWS)
      for (const line of Object.keys(LINES) as (keyof typeof LINES)[])
        for (const { variant, server } of servers) {
          const rounds: Round[] = [];
          for (let r = 0; r < ROUNDS; r++) rounds.push(await round(browser, server.url, view, line, scene));
          const row = {
            view: view.name,
            line,
            variant,
            usableMsMedian: median(rounds.map((r) => r.usableMs)),
            usableMsMax: Math.max(...rounds.map((r) => r.usableMs)),
            files: rounds[0]!.scripts,
            wireKB: rounds[0]!.wireKB,
            unpackedKB: rounds[0]!.unpackedKB,
          };
          console.log(`first-load: ${view.name}, ${line}, ${variant}: ${row.usableMsMedian} ms, ${row.wireKB} kB on the wire (${row.unpackedKB} kB), ${row.files} files`);
          results.push(row);
        }
  } finally {
    await browser.close();
    for (const { server } of servers) await server.close();
  }
  return writeResult('first-load', { machine: machine({ loadAverageBefore, loadAverageAfter: os.loadavg().map((l) => +l.toFixed(2)) }), rounds: ROUNDS, lines: LINES, results });
}
