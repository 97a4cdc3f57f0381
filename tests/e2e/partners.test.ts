import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPONENTS, DEFAULT_WEIGHTS } from '../../contract/index.ts';
import { seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

// The Partner view as a cluster manager uses it, in headless Chromium against the real app and Neo4j.

const within = { timeout: 20_000 };
type Cy = { nodes: () => { map: (f: (n: { id: () => string }) => string) => string[] } };
const canvasIds = (page: Page) => page.evaluate(() => (window as unknown as { cy?: Cy }).cy?.nodes().map((n) => n.id()) ?? []);
const order = (page: Page) => page.getByTestId('partner-list').locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));

describe('the Partner view in a real browser', () => {
  let app: AppInBrowser;
  let server: AppInBrowser['server'];
  let page: Page;

  beforeAll(async () => {
    app = await seededAppInBrowser({ timeoutMs: 20_000, lang: 'nl' });
    ({ server, page } = app);
  });
  afterAll(() => app?.close());

  it('picks Agfa-Gevaert by search, explains VITO through SIM, draws its evidence, reorders by weight and exports CSV', async () => {
    await page.goto(`${server.url}/partners`);
    // Dutch interface text
    await page.getByRole('heading', { name: 'Partnerzoeker' }).waitFor();
    await expect.poll(() => page.getByText('Kies een actor of beschrijf een behoefte').count(), within).toBe(1);

    const search = page.getByTestId('partners-search-Actor');
    await search.fill('Agfa');
    await page.getByRole('option', { name: /Agfa-Gevaert/ }).first().waitFor();
    await search.press('Enter');
    await expect.poll(() => page.url(), within).toContain(`actors=${encodeURIComponent('Actor:agfa-gevaert')}`);

    const list = page.getByTestId('partner-list');
    await expect.poll(() => order(page), within).toContain('Actor:vito');
    const vito = list.locator(':scope > li[data-id="Actor:vito"]');
    // the reason, in Dutch, names SIM, the strategic research centre both are members of, who can introduce them
    await expect.poll(() => vito.locator('ul > li').allTextContents(), within).toEqual(expect.arrayContaining([expect.stringMatching(/^Deelt \d+ partners? met [^:]+: .*Strategisch Initiatief Materialen in Vlaanderen/)]));
    await expect.poll(() => vito.textContent(), within).toMatch(/Introductie via: [^.]*Strategisch Initiatief Materialen in Vlaanderen/);
    await expect.poll(() => page.getByText(/\d+ van \d+ kandidaten/).count(), within).toBe(1);
    // no slider moved: the server's default ranking, named in Dutch (the ranking model with its training date once it is trained)
    const ranking = page.getByTestId('partners-ranking');
    await expect
      .poll(() => ranking.textContent(), within)
      .toMatch(/^(Gerangschikt door het rangschikkingsmodel, getraind op \d+ \S+ \d{4} op de eigen geschiedenis van de graaf\.|Gerangschikt volgens de standaardgewichten)/);

    // the evidence graph of VITO on the canvas: both sides and SIM, the member they share
    await vito.getByRole('button').first().click();
    await expect.poll(() => page.url(), within).toContain(`candidate=${encodeURIComponent('Actor:vito')}`);
    await page.getByRole('heading', { name: /^Bewijs voor / }).waitFor();
    await expect.poll(() => canvasIds(page), within).toEqual(expect.arrayContaining(['Actor:agfa-gevaert', 'Actor:vito', 'Actor:sim']));
    // the evidence graph fills its side of the page, not a 0 px strip
    const canvasBox = (await page.getByTestId('partners-evidence').getByTestId('canvas').boundingBox())!;
    expect(canvasBox.height).toBeGreaterThan(400);
    expect(canvasBox.width).toBeGreaterThan(600);
    // VITO's five component scores as bars as long as their values
    const bars = vito.getByTestId('components').getByRole('meter');
    expect(await bars.count()).toBe(5);
    for (const bar of await bars.all()) {
      const value = Number(await bar.getAttribute('aria-valuenow'));
      const [outer, inner] = await bar.evaluate((el) => [el.getBoundingClientRect().width, el.firstElementChild!.getBoundingClientRect().width]);
      expect(inner! / outer!).toBeCloseTo(value, 1);
    }

    // figures in Dutch notation: the score and the served weights with a decimal comma, geography's 0.025 as it is
    expect(await vito.locator('.score').textContent()).toMatch(/^\d+,\d\d$/);
    const weights = await page.locator('.weights output').allTextContents();
    expect(weights).toEqual(COMPONENTS.map((c) => DEFAULT_WEIGHTS[c].toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 3 })));
    expect(weights).toContain('0,025');
    // the weight sliders' tracks start and end at the same place
    const tracks = await page.locator('.weights input[type="range"]').evaluateAll((inputs) => inputs.map((i) => { const r = i.getBoundingClientRect(); return `${Math.round(r.left)}–${Math.round(r.right)}`; }));
    expect(new Set(tracks).size).toBe(1);

    // a weight slider changes the order
    const before = await order(page);
    await page.getByRole('slider', { name: 'Nabijheid in het netwerk' }).fill('0');
    await expect.poll(() => page.url(), within).toContain('w.proximity=0');
    await expect.poll(async () => JSON.stringify(await order(page)), within).not.toBe(JSON.stringify(before));
    const after = await order(page);
    expect(after.length).toBe(before.length);
    // the list says it follows the user's weights now, and offers the way back
    await expect.poll(() => ranking.textContent(), within).toMatch(/^Gerangschikt volgens uw gewichten\./);
    const back = ranking.getByRole('button', { name: 'Terug naar het rangschikkingsmodel' });
    expect(await back.count()).toBe(1);

    // the list as CSV, in the order shown
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV exporteren' }).click()]);
    expect(download.suggestedFilename()).toBe('partners.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toMatch(/^rank,id,name,helix/);
    expect(rows.length).toBe(after.length + 1);
    expect(rows[1]).toContain(after[0]!);

    // back to the server's default: the weights leave the URL, and the list names the default ranking again
    await back.click();
    await expect.poll(() => page.url(), within).not.toContain('w.proximity');
    await expect.poll(() => ranking.textContent(), within).not.toMatch(/uw gewichten/);
    expect(await ranking.getByRole('button').count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 180_000);
  it('asks by need: a sector picked by search and a helix give the list the API answers for that need, each candidate of that helix', async () => {
    await page.goto(`${server.url}/partners`);
    await page.getByRole('radio', { name: 'behoefte' }).check();
    const search = page.getByTestId('partners-search-Sector');
    await search.fill('Chemie en life');
    await page.getByRole('option', { name: /Chemie en life sciences/ }).first().waitFor();
    await search.press('Enter');
    await expect.poll(() => page.url(), within).toMatch(/sectors=Sector/);
    await page.locator('select[name="helix"]').selectOption('academia');
    await expect.poll(() => page.url(), within).toContain('helix=academia');

    const sector = decodeURIComponent(new URL(page.url()).searchParams.get('sectors')!);
    const answer = await fetch(`${server.url}/api/partners`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ need: { sectors: [sector], helix: ['academia'] }, limit: 25 }) });
    const expected = (await answer.json()) as { suggestions: { id: string; helix: string }[] };
    expect(expected.suggestions.length).toBeGreaterThan(0);
    expect(new Set(expected.suggestions.map((s) => s.helix))).toEqual(new Set(['academia']));
    await expect.poll(() => order(page), within).toEqual(expected.suggestions.map((s) => s.id));
    expect(app.errors).toEqual([]);
  }, 120_000);
});
