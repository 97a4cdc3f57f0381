import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELIX_COLOURS, OTHER_COLOUR } from '../../client/src/canvas/helix.ts';
import { emitOn, seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';
import { startTestServer } from '../support/http.ts';

// The explorer as a person uses it, in headless Chromium against the real app and Neo4j.

const UA = 'Actor:universiteit-antwerpen';
const within = { timeout: 15_000 };
type Cy = { nodes: (s?: string) => { length: number; map: (f: (n: { id: () => string }) => string) => string[] } };
const cyCount = (page: Page) => page.evaluate(() => ((window as unknown as { cy?: Cy }).cy?.nodes().length ?? 0));
const canvasReady = (page: Page) => page.evaluate(() => (window as unknown as { helixCanvas?: { state: string } }).helixCanvas?.state);

describe('the explorer in a real browser', () => {
  let app: AppInBrowser;
  let server: AppInBrowser['server'];
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await seededAppInBrowser();
    ({ server, browser, page } = app);
    await mkdir('test-results', { recursive: true });
  });
  afterAll(() => app?.close());

  it('finds Universiteit Antwerpen, draws its network by helix, and shows where each fact comes from', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByTestId('health').textContent(), within).toMatch(/connected/);
    await page.getByTestId('search').fill('Universiteit Antwerpen');
    await page.getByRole('option', { name: /Universiteit Antwerpen/ }).first().waitFor();
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.url(), within).toContain(`ids=${encodeURIComponent(UA)}`);
    // the overview gives way to the university's neighbourhood, as the expand API answers it
    const expanded = (await (await fetch(`${server.url}/api/expand`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ids: [UA] }) })).json()) as { nodes: unknown[] };
    await expect.poll(() => cyCount(page), { timeout: 30_000 }).toBe(expanded.nodes.length);
    await expect.poll(() => canvasReady(page), { timeout: 30_000 }).toBe('ready');
    const drawn = await cyCount(page);
    expect(drawn).toBeGreaterThan(5);
    // coloured by helix: each actor is drawn in its helix's colour, three helices or more
    type StyledCy = { nodes: (s: string) => { map: (f: (n: { data: (k: string) => string; style: (k: string) => string }) => [string, string]) => [string, string][] } };
    const drawnColours = await page.evaluate(() => (window as unknown as { cy: StyledCy }).cy.nodes('[type = "Actor"]').map((n) => [n.data('helix'), n.style('background-color')]));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    for (const [helix, colour] of drawnColours) expect(colour.replace(/\s/g, ''), helix).toBe(rgb(HELIX_COLOURS[helix] ?? OTHER_COLOUR));
    expect(new Set(drawnColours.map(([, colour]) => colour)).size).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.getByTestId('details').textContent(), within).toContain('Universiteit Antwerpen');
    await expect.poll(() => page.getByTestId('provenance').locator('figure').count(), within).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('provenance').textContent(), within).toMatch(/“.+”/);
    await page.screenshot({ path: 'test-results/explorer.png' });

    // double-click a neighbour to expand it; the link records it and undo takes it back
    const before = drawn;
    const other = await page.evaluate((ua) => {
      const cy = (window as unknown as { cy: { getElementById: (id: string) => { neighborhood: (s: string) => { map: (f: (n: { id: () => string; degree: () => number }) => [string, number]) => [string, number][] } } } }).cy;
      return cy.getElementById(ua).neighborhood('node[type = "Actor"]').map((n) => [n.id(), n.degree()] as [string, number]).sort((a, b) => a[1] - b[1])[0]![0];
    }, UA);
    await emitOn(page, other, 'dbltap');
    await expect.poll(() => page.url(), within).toContain(encodeURIComponent(other));
    const after = await cyCount(page);
    expect(after).toBeGreaterThanOrEqual(before);
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => cyCount(page), within).toBe(before);
    await page.getByRole('button', { name: /Redo/ }).click();
    await expect.poll(() => cyCount(page), within).toBe(after);
  }, 180_000);

  it('records expansions of the overview in the link, which reopens the same nodes, and undo takes them out', async () => {
    // The seeds fit whole in the overview; with a result limit of 150 it is a part, so expanding adds nodes.
    const small = await startTestServer(app.db, { HELIX_RESULT_LIMIT: '150' });
    await page.goto(`${small.url}/`);
    await expect.poll(() => canvasReady(page), { timeout: 30_000 }).toBe('ready');
    const overview = (await page.evaluate(() => (window as unknown as { cy: Cy }).cy.nodes().map((n) => n.id()))).sort();
    // an overview node whose neighbourhood brings new nodes
    const post = async (ids: string[]) => (await (await fetch(`${small.url}/api/expand`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ids, hops: 1 }) })).json()) as { nodes: { data: { id: string } }[] };
    let target = '';
    for (const id of overview.filter((i) => i.startsWith('Actor:'))) {
      if ((await post([id])).nodes.some((n) => !overview.includes(n.data.id))) {
        target = id;
        break;
      }
    }
    expect(target).not.toBe('');
    await emitOn(page, target, 'dbltap');
    await expect.poll(() => new URL(page.url()).searchParams.get('exp'), within).toBe(target);
    await expect.poll(() => cyCount(page), within).toBeGreaterThan(overview.length);
    const expanded = (await page.evaluate(() => (window as unknown as { cy: Cy }).cy.nodes().map((n) => n.id()))).sort();
    const link = page.url();

    const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await again.goto(link);
    await expect.poll(() => canvasReady(again), { timeout: 30_000 }).toBe('ready');
    await expect.poll(async () => (await again.evaluate(() => (window as unknown as { cy: Cy }).cy.nodes().map((n) => n.id()))).sort(), within).toEqual(expanded);
    await again.close();

    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => cyCount(page), within).toBe(overview.length);
    await expect.poll(() => page.url(), within).not.toContain('exp=');
    await page.getByRole('button', { name: /Redo/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('exp'), within).toBe(target);
    await small.close();
  }, 120_000);

  it('filters the scene by helix with counts before and after, and the link reopens the same view', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => canvasReady(page), { timeout: 30_000 }).toBe('ready');
    const all = await cyCount(page);
    await page.getByTestId('filters').getByLabel(/Industry/).check();
    await expect.poll(() => page.getByTestId('filter-counts').textContent(), within).toMatch(new RegExp(`Showing \\d+ of ${all} nodes`));
    const visible = await page.evaluate(() => (window as unknown as { cy: Cy }).cy.nodes(':visible').length);
    expect(visible).toBeLessThan(all);
    const shown = Number((await page.getByTestId('filter-counts').textContent())!.match(/Showing (\d+)/)![1]);
    expect(visible).toBe(shown);
    await page.getByTestId('layout').selectOption('helix');
    await expect.poll(() => page.url(), within).toMatch(/helix=industry.*layout=helix|layout=helix.*helix=industry/);
    const url = page.url();
    await page.screenshot({ path: 'test-results/explorer-filtered.png' });

    const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await again.goto(url);
    await expect.poll(() => canvasReady(again), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => again.evaluate(() => (window as unknown as { cy: Cy }).cy.nodes(':visible').length), within).toBe(visible);
    expect(await again.getByTestId('layout').inputValue()).toBe('helix');
    expect(await again.getByTestId('filters').getByLabel(/Industry/).isChecked()).toBe(true);
    await again.close();
  });

  it('exports the canvas as PNG and the scene for Gephi', async () => {
    await page.getByTestId('export').locator('summary').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('helix-explorer.png');
    const file = 'test-results/explorer-export.png';
    await png.saveAs(file);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
    await gexf.saveAs('test-results/explorer.gexf');
    expect(await readFile('test-results/explorer.gexf', 'utf8')).toMatch(/<gexf [^>]*version="1.3"[\s\S]*<viz:color/);
  });

  it('shows who brokers between the helices in chemistry and life sciences, with the helix matrix', async () => {
    await page.goto(`${server.url}/triple-helix?scope=sector&id=${encodeURIComponent('Sector:sector-chemistry-life-sciences')}`);
    await expect.poll(() => page.getByTestId('helix-stats').textContent(), { timeout: 30_000 }).toMatch(/E-I index/);
    await expect.poll(() => page.getByTestId('brokers').locator('li').count(), within).toBeGreaterThan(0);
    await expect.poll(() => canvasReady(page), { timeout: 30_000 }).toBe('ready');
    expect(await page.getByTestId('layout').inputValue()).toBe('helix');
    const helices = await page.evaluate(() => [...new Set((window as unknown as { cy: { nodes: (s: string) => { map: (f: (n: { data: (k: string) => string }) => string) => string[] } } }).cy.nodes('[type = "Actor"]').map((n) => n.data('helix')))]);
    expect(helices).toEqual(expect.arrayContaining(['industry', 'academia']));
    await page.screenshot({ path: 'test-results/triple-helix.png' });
  });

  it('shows the cross-sector network', async () => {
    await page.goto(`${server.url}/cross-sector`);
    await expect.poll(() => canvasReady(page), { timeout: 30_000 }).toBe('ready');
    expect(await page.evaluate(() => (window as unknown as { cy: Cy }).cy.nodes('[type = "Sector"]').length)).toBeGreaterThan(3);
    await page.screenshot({ path: 'test-results/cross-sector.png' });
  });

  it('switches the interface to Dutch and never shows a page error', async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId('lang').selectOption('nl');
    await expect.poll(() => page.getByRole('navigation').textContent(), within).toContain('Verkenner');
    await expect.poll(() => page.getByTestId('summary').textContent(), within).toMatch(/knopen · \d+ verbindingen/);
    await page.getByTestId('lang').selectOption('en');
    expect(app.errors).toEqual([]);
  });
});
