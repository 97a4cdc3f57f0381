import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL_PX } from '../../client/src/canvas/behaviours/labels.ts';
import { HELIX_COLOURS } from '../../client/src/canvas/helix.ts';
import { REPORT_HEADER_PX, REPORT_SCALE } from '../../client/src/export/report-png.ts';
import { translator } from '../../client/src/i18n/index.ts';
import { LAYOUT_WORDS, METRIC_WORDS } from '../../client/src/scene/toolbar-words.ts';
import { SHARE_COLOURS, TYPE_COLOURS } from '../../client/src/ui/tokens.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { emitOn, launchBrowser } from '../support/browser.ts';
import { startSeededServer, type startTestServer } from '../support/http.ts';

// Issue 16, points 3 and 9 as a person sees them on the seeds: a first screen that reads at a
// glance, labels that never overlap and stay a readable size, isolated nodes apart, every node
// type in its own colour and in the legend, links between sectors coloured by what they share,
// a toolbar in the interface's language, and a PNG a report can use.

const within = { timeout: 15_000 };
const drawing = { timeout: 60_000 };

interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  font: number;
}

const ready = (page: Page) => page.waitForFunction(() => (window as unknown as { helixCanvas?: { state: string } }).helixCanvas?.state === 'ready', undefined, drawing);

/** The labels Cytoscape shows, as boxes on screen, once the labels behaviour has placed them. */
async function labelBoxes(page: Page): Promise<Box[]> {
  await page.waitForFunction(() => (window as unknown as { cy?: { nodes: (s: string) => { length: number } } }).cy!.nodes('.labelled').length > 0, undefined, within);
  await page.waitForTimeout(300); // the camera rests after the layout's fit; labels follow it
  return page.evaluate(() => {
    type N = { id: () => string; renderedBoundingBox: (o: object) => { x1: number; y1: number; x2: number; y2: number }; renderedStyle: (p: string) => string };
    const cy = (window as unknown as { cy: { nodes: (s: string) => { map: <T>(f: (n: N) => T) => T[] } } }).cy;
    return cy.nodes('.labelled').map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }), font: parseFloat(n.renderedStyle('font-size')) }));
  });
}

const overlapping = (boxes: Box[]) => {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i]!, boxes[j]!];
    if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) pairs.push(`${a.id} × ${b.id}`);
  }
  return pairs;
};

const cyNodes = (page: Page) => page.evaluate(() => (window as unknown as { cy: { nodes: () => { length: number } } }).cy.nodes().length);

/** Colours (#rrggbb) of the pixels of a PNG in rows [top, bottom), and how many are not white. */
async function pixelsIn(page: Page, png: Buffer, top: number, bottom: number): Promise<{ colours: string[]; inked: number }> {
  return page.evaluate(
    async ([b64, t, b]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, t as number, img.width, (b as number) - (t as number)).data;
      const colours = new Set<string>();
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        const hex = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
        colours.add(hex);
        if (hex !== '#FFFFFF') inked++;
      }
      return { colours: [...colours], inked };
    },
    [png.toString('base64'), top, bottom] as const,
  );
}

describe('a readable canvas and exports a report can use, in a real browser', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const errors: string[] = [];
  const open = async (path: string, { width = 1440, height = 900 } = {}) => {
    const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`);
    return page;
  };

  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
    browser = await launchBrowser();
    await mkdir('test-results/screens', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('opens the Explorer on the most connected nodes, labelled without overlap at a readable size, with a way to see everything', async () => {
    type Overview = { nodes: { data: { id: string } }[]; summary: { total: number; truncated: boolean } };
    const overview = (await (await fetch(`${server.url}/api/overview`)).json()) as Overview;
    expect(overview.nodes.length).toBeGreaterThan(150);
    expect(overview.summary.total).toBe(overview.nodes.length);
    const page = await open('/?lang=en');
    await ready(page);
    const banner = page.getByTestId('first-screen');
    await expect.poll(() => banner.textContent(), within).toMatch(new RegExp(`^The (\\d+) most connected of ${overview.nodes.length} nodes\\.`));
    const shown = Number((await banner.textContent())!.match(/The (\d+)/)![1]);
    expect(await cyNodes(page)).toBe(shown);
    expect(shown).toBeLessThan(overview.nodes.length / 2);
    // the ones drawn are the server's most connected (its ranking is tested in explore-overview.test.ts)
    const first = (await (await fetch(`${server.url}/api/overview?limit=${shown}`)).json()) as Overview;
    expect(first.summary.truncated).toBe(true);
    const drawn = await page.evaluate(() => (window as unknown as { cy: { nodes: () => { map: (f: (n: { id: () => string }) => string) => string[] } } }).cy.nodes().map((n) => n.id()));
    expect(drawn.sort()).toEqual(first.nodes.map((n) => n.data.id).sort());

    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(10);
    expect(overlapping(boxes)).toEqual([]);
    for (const b of boxes) {
      expect(b.font).toBeGreaterThanOrEqual(LABEL_PX.min - 0.01);
      expect(b.font).toBeLessThanOrEqual(LABEL_PX.max + 0.01);
    }
    // zoomed in, more labels fit, still apart and still no larger than the bound
    await page.evaluate(() => {
      const cy = (window as unknown as { cy: { zoom: (o?: object) => number; width: () => number; height: () => number } }).cy;
      cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForTimeout(400);
    const closer = await labelBoxes(page);
    expect(overlapping(closer)).toEqual([]);
    expect(Math.max(...closer.map((b) => b.font))).toBeLessThanOrEqual(LABEL_PX.max + 0.01);
    await page.screenshot({ path: 'test-results/screens/explorer-first-zoomed.png' });

    await banner.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('all'), within).toBe('1');
    await expect.poll(() => cyNodes(page), drawing).toBe(overview.nodes.length);
    await ready(page);
    await expect.poll(() => banner.textContent(), within).toContain(`All ${overview.nodes.length} nodes.`);
    expect(overlapping(await labelBoxes(page))).toEqual([]);
    // the link reopens everything
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => cyNodes(again), drawing).toBe(overview.nodes.length);
    await again.close();
    await page.close();
  }, 180_000);

  it('packs the nodes without links apart from the connected part, and colours every node type apart, each in the legend', async () => {
    const page = await open('/?all=1&lang=en');
    await ready(page);
    const layout = await page.evaluate(() => {
      type N = { id: () => string; position: () => { x: number; y: number }; connectedEdges: (s: string) => { length: number } };
      type C = { filter: (f: (n: N) => boolean) => C & { boundingBox: (o: object) => { x1: number; x2: number; y1: number; y2: number }; map: <T>(f: (n: N) => T) => T[]; length: number } };
      const cy = (window as unknown as { cy: { nodes: () => C } }).cy;
      const connected = cy.nodes().filter((n) => n.connectedEdges(':visible').length > 0);
      const isolated = cy.nodes().filter((n) => n.connectedEdges(':visible').length === 0);
      return { box: connected.boundingBox({ includeLabels: false }), isolated: isolated.map((n) => n.position()), connected: connected.length };
    });
    expect(layout.connected).toBeGreaterThan(0);
    expect(layout.isolated.length).toBeGreaterThan(0);
    for (const p of layout.isolated) expect(p.x < layout.box.x1 || p.x > layout.box.x2 || p.y < layout.box.y1 || p.y > layout.box.y2).toBe(true);

    const colours = await page.evaluate(() => {
      type N = { data: (k: string) => string; style: (k: string) => string };
      const cy = (window as unknown as { cy: { nodes: (s: string) => { map: <T>(f: (n: N) => T) => T[] } } }).cy;
      return cy.nodes('[type != "Actor"]').map((n) => [n.data('type'), n.style('background-color')] as const);
    });
    const byType = new Map<string, Set<string>>();
    for (const [type, colour] of colours) byType.set(type, (byType.get(type) ?? new Set()).add(colour.replace(/\s/g, '')));
    expect([...byType.keys()].sort()).toEqual(expect.arrayContaining(['Policy', 'Project', 'Region', 'Sector', 'Technology']));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    for (const [type, set] of byType) expect([...set], type).toEqual([rgb(TYPE_COLOURS[type]!)]);
    const perType = [...byType.values()].map((s) => [...s][0]);
    expect(new Set(perType).size).toBe(byType.size);
    for (const c of perType) expect(Object.values(HELIX_COLOURS).map(rgb)).not.toContain(c);

    const legend = page.getByTestId('legend');
    const entries = await legend.getByTestId('legend-entry').evaluateAll((els) => els.map((e) => [e.textContent!.trim(), getComputedStyle(e.firstElementChild!).color.replace(/\s/g, '')]));
    for (const type of byType.keys()) expect(entries, type).toContainEqual([expect.stringContaining(translator('en').type(type)), rgb(TYPE_COLOURS[type]!)]);
    await page.screenshot({ path: 'test-results/screens/explorer-all.png' });
    await page.close();
  }, 120_000);

  it('colours the links between sectors by what they share, says so in the legend, and names both sectors of a link', async () => {
    const cross = (await (await fetch(`${server.url}/api/cross-sector`)).json()) as { nodes: { data: { id: string; label: string } }[]; edges: { data: { id: string; source: string; target: string; type: string; actors?: number; projects?: number; weight?: number } }[] };
    const page = await open('/cross-sector?lang=en');
    await ready(page);
    const drawn = await page.evaluate(() => {
      type E = { id: () => string; data: (k: string) => unknown; style: (k: string) => string };
      const cy = (window as unknown as { cy: { edges: () => { map: <T>(f: (e: E) => T) => T[] } } }).cy;
      return cy.edges().map((e) => ({ id: e.id(), type: String(e.data('type')), actors: Number(e.data('actors') ?? 0), projects: Number(e.data('projects') ?? 0), colour: e.style('line-color').replace(/\s/g, '') }));
    });
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    const expected = (e: (typeof drawn)[number]) => (e.type === 'ENABLED_BY' ? SHARE_COLOURS.technology : e.projects === 0 ? SHARE_COLOURS.actors : e.actors === 0 ? SHARE_COLOURS.projects : SHARE_COLOURS.both);
    for (const e of drawn) expect(e.colour, e.id).toBe(rgb(expected(e)));
    expect(new Set(drawn.map((e) => e.colour)).size).toBeGreaterThanOrEqual(2);
    const legend = await page.getByTestId('legend').textContent();
    for (const kind of new Set(drawn.map(expected))) {
      const word = { [SHARE_COLOURS.actors]: 'Shared actors', [SHARE_COLOURS.projects]: 'Shared projects', [SHARE_COLOURS.both]: 'Shared actors and projects', [SHARE_COLOURS.technology]: 'Technology enabling the sector' }[kind]!;
      expect(legend).toContain(word);
    }
    // a link's details say which sectors it joins, by name, and what they share
    const link = cross.edges.filter((e) => e.data.type === 'SHARES').sort((a, b) => Number(b.data.weight) - Number(a.data.weight))[0]!.data;
    const name = new Map(cross.nodes.map((n) => [n.data.id, n.data.label]));
    await emitOn(page, link.id, 'tap');
    const details = page.getByTestId('details');
    await expect.poll(() => details.locator('h2').textContent(), within).toBe(` ${name.get(link.source)} — ${name.get(link.target)}`);
    expect(await details.getByTestId('edge-shares').textContent()).toBe(`${link.actors} shared actors · ${link.projects} shared projects`);
    expect(await details.textContent()).not.toContain('Sector:');
    await page.close();
  }, 120_000);

  it('offers the toolbar on the design system, every option in Dutch in the Dutch interface', async () => {
    const page = await open('/triple-helix?lang=nl');
    await ready(page);
    const nl = translator('nl');
    const en = translator('en');
    const options = async (testId: string) => page.getByTestId(testId).locator('option').allTextContents();
    expect(await options('layout')).toEqual(Object.values(LAYOUT_WORDS).map((k) => nl.t(k)));
    expect(await options('size-by')).toEqual(Object.values(METRIC_WORDS).map((k) => nl.t(k)));
    const toolbar = await page.locator('.scene-toolbar').innerText();
    for (const english of ['degree', 'Degree', 'fcose', 'concentric', 'grid', 'betweenness', 'Layout', 'Size by', 'Export']) expect(toolbar).not.toMatch(new RegExp(`\\b${english}\\b`));
    // English words of the options do not slip through, apart from names that are the same in both (PageRank, Eigenvector, Triple helix)
    const same = new Set(Object.values(METRIC_WORDS).concat(Object.values(LAYOUT_WORDS)).filter((k) => en.t(k) === nl.t(k)).map((k) => en.t(k)));
    for (const k of [...Object.values(LAYOUT_WORDS), ...Object.values(METRIC_WORDS)]) if (!same.has(en.t(k))) expect([...(await options('layout')), ...(await options('size-by'))]).not.toContain(en.t(k));
    // the selects are the design system's, not the browser's
    for (const testId of ['layout', 'size-by', 'scope']) {
      const look = await page.getByTestId(testId).evaluate((el) => ({ appearance: getComputedStyle(el).appearance, radius: getComputedStyle(el).borderRadius, field: !!el.closest('.ui-field') }));
      expect(look).toEqual({ appearance: 'none', radius: '6px', field: true });
    }
    await page.close();
  }, 120_000);

  it('exports a PNG at twice the canvas with its title, the legend and the attribution drawn in, and an SVG with whole labels', async () => {
    const page = await open('/cross-sector?lang=en');
    await ready(page);
    const size = await page.evaluate(() => {
      const cy = (window as unknown as { cy: { width: () => number; height: () => number } }).cy;
      return { width: cy.width(), height: cy.height() };
    });
    await page.getByTestId('export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('helix-cross-sector-sector.png');
    await download.saveAs('test-results/cross-sector-report.png');
    const png = await readFile('test-results/cross-sector-report.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(size.width * REPORT_SCALE);
    const header = REPORT_HEADER_PX * REPORT_SCALE;
    const graphBottom = header + size.height * REPORT_SCALE;
    expect(height).toBeGreaterThan(graphBottom + 40);
    // the title is written in the band above the graph, the graph is drawn, and the band below holds the legend's colours
    expect((await pixelsIn(page, png, 0, header)).inked).toBeGreaterThan(500);
    expect((await pixelsIn(page, png, header, graphBottom)).inked).toBeGreaterThan(5000);
    const footer = await pixelsIn(page, png, graphBottom + 2, height);
    // the sectors and technologies the scene holds (it has no actors, so no helix colours)
    for (const colour of [TYPE_COLOURS.Sector!, TYPE_COLOURS.Technology!]) expect(footer.colours, colour).toContain(colour.toUpperCase());
    expect(footer.colours.filter((c) => Object.values(SHARE_COLOURS).map((s) => s.toUpperCase()).includes(c)).length).toBeGreaterThanOrEqual(2);

    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    await svgFile.saveAs('test-results/cross-sector-whole-labels.svg');
    const svg = await readFile('test-results/cross-sector-whole-labels.svg', 'utf8');
    const words = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").split(/\s+/).filter(Boolean).join(' ');
    const text = words([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' '));
    expect(text).not.toContain('…');
    const labels = await page.evaluate(() => (window as unknown as { cy: { nodes: () => { map: (f: (n: { data: (k: string) => string }) => string) => string[] } } }).cy.nodes().map((n) => n.data('label')));
    const longest = labels.sort((a, b) => b.length - a.length).slice(0, 5);
    expect(longest[0]!.length).toBeGreaterThan(25);
    for (const label of longest) expect(text).toContain(words(label));
    // the canvas has its own labels back
    await expect.poll(() => page.evaluate(() => (window as unknown as { cy: { nodes: (s: string) => { length: number } } }).cy.nodes('.export-label').length), within).toBe(0);
    await page.close();
  }, 120_000);

  it('walks the analyst’s task: finds Chemie en life sciences, reads its gaps and brokers, exports a PNG with the legend, reopens the link in Dutch', async () => {
    const sector = 'Sector:sector-chemistry-life-sciences';
    const page = await open('/?lang=en');
    await ready(page);
    await page.getByTestId('search').fill('Chemie en life sciences');
    await page.getByRole('option', { name: /Chemie en life sciences/ }).first().waitFor();
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => decodeURIComponent(page.url()), within).toContain(`ids=${sector}`);
    // the search selects what it found: its details offer the views that fit a sector
    await expect.poll(() => page.getByTestId('details').locator('h2').textContent(), drawing).toContain('Chemie en life sciences');
    await page.getByTestId('open-in').getByRole('button', { name: /Triple helix/ }).click();
    await expect.poll(() => decodeURIComponent(page.url()), within).toContain(`/triple-helix?`);
    await ready(page);
    await expect.poll(() => page.getByTestId('helix-gaps').textContent(), within).toMatch(/is thin: \d+ of its \d+ actors have no link at all/);
    await expect.poll(() => page.getByTestId('brokers').locator('li').first().textContent(), within).toMatch(/(Gatekeeper \/ representative|Liaison|Consultant|Coordinator) \d+/);

    const size = await page.evaluate(() => ({ width: (window as unknown as { cy: { width: () => number } }).cy.width(), height: (window as unknown as { cy: { height: () => number } }).cy.height() }));
    await page.getByTestId('export').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    await download.saveAs('test-results/triple-helix-report.png');
    const png = await readFile('test-results/triple-helix-report.png');
    expect(png.readUInt32BE(16)).toBe(size.width * REPORT_SCALE);
    const graphBottom = (REPORT_HEADER_PX + size.height) * REPORT_SCALE;
    const footer = await pixelsIn(page, png, graphBottom + 2, png.readUInt32BE(20));
    for (const colour of Object.values(HELIX_COLOURS)) expect(footer.colours, colour).toContain(colour.toUpperCase());

    // the copied link, opened by a Dutch colleague
    const link = new URL(page.url());
    link.searchParams.set('lang', 'nl');
    const dutch = await open(link.pathname + link.search);
    await ready(dutch);
    await expect.poll(() => dutch.getByTestId('helix-gaps').textContent(), within).toMatch(/is dun: \d+ van zijn \d+ actoren hebben geen enkele verbinding/);
    expect(await dutch.getByTestId('scope').inputValue()).toBe('sector');
    expect(await dutch.getByTestId('scope-search').inputValue()).toBe('Chemie en life sciences');
    expect(await dutch.locator('.scene-toolbar').innerText()).toContain('Schikking');
    await dutch.close();
    await page.close();
  }, 180_000);

  it('draws each canvas view readably at 1440 × 900 and 1024 × 700, in English and Dutch', async () => {
    const views: [string, string][] = [
      ['explorer', '/'],
      ['cross-sector', '/cross-sector'],
      ['triple-helix', `/triple-helix?scope=sector&id=${encodeURIComponent('Sector:sector-chemistry-life-sciences')}`],
    ];
    for (const [name, path] of views) {
      for (const [width, height] of [
        [1440, 900],
        [1024, 700],
      ] as const) {
        for (const lang of ['en', 'nl'] as const) {
          const page = await open(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, { width, height });
          await ready(page);
          const boxes = await labelBoxes(page);
          expect(overlapping(boxes), `${name} ${width} ${lang}`).toEqual([]);
          expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `test-results/screens/${name}-${width}x${height}-${lang}.png` });
          await page.close();
        }
      }
    }
    expect(errors).toEqual([]);
  }, 300_000);
});
