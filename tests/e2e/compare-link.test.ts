import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appInBrowser, type AppInBrowser } from '../support/browser.ts';
import { periodFixtureServer } from '../support/period-fixture.ts';

// A comparison of two periods is its link: set up in one page, its address opened in a fresh page
// (no shared storage), and in Dutch, shows the same comparison. On the period fixture alone
// (tests/fixtures/period), whose figures are counted by hand below.

const REGION = 'Region:periodia';
const within = { timeout: 60_000 };

/** What the view shows of a comparison: its figures, tie counts and legend counts. */
const FIGURES = ['fig-actors-a', 'fig-actors-b', 'fig-ties-a', 'fig-ties-b', 'fig-cross-share-a', 'fig-cross-share-b', 'ties-gained-count', 'ties-lost-count', 'ties-strengthened-count', 'ties-kept'];

async function shown(page: Page): Promise<Record<string, string>> {
  await page.getByTestId('compare-figures').waitFor(within);
  const out: Record<string, string> = {};
  for (const id of FIGURES) out[id] = (await page.getByTestId(id).textContent()) ?? '';
  // the legend's counts: "(4)" after each kind of tie
  out.legend = (await page.getByTestId('compare-legend').locator('li').allTextContents()).map((t) => /\((\d+)\)\s*$/.exec(t)?.[1] ?? t).join(' ');
  return out;
}

describe('a comparison sent as a link', () => {
  let app: AppInBrowser;

  beforeAll(async () => {
    app = await appInBrowser(await periodFixtureServer({ seeds: false }), { timeoutMs: 60_000 });
  }, 400_000);
  afterAll(() => app?.close());

  it('opens in a new page, and in Dutch, as the same comparison with the same numbers', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}/compare?scope=region&id=${encodeURIComponent(REGION)}&lang=en`);
    await page.getByTestId('compare-figures').waitFor(within);
    // Set the two periods by typing, as a person would; the view writes them into its address.
    for (const [id, year] of [['compare-a-from', '2014'], ['compare-a-to', '2016'], ['compare-b-from', '2018'], ['compare-b-to', '2020']] as const) await page.getByTestId(id).fill(year);
    await expect.poll(() => new URL(page.url()).searchParams.get('a'), within).toBe('2014-2016');
    await expect.poll(() => new URL(page.url()).searchParams.get('b'), within).toBe('2018-2020');
    // By hand: 2014–16 has P1, P2, P5 and the undated cluster: 5 actors, 5 ties (uni-1–firm-1,
    // uni-1–gov-1, firm-1–gov-1, uni-2–gov-1, cluster–gov-1), all across helices. 2018–20 has P3,
    // P4, P5, P6: 6 actors, 6 ties, 4 across (uni-1–uni-2 and firm-1–firm-2 are inside). Gained
    // the four of P3 and P4, lost the three of P1, kept uni-2–gov-1 (P5, then P5 and P6: stronger)
    // and cluster–gov-1.
    const expected = {
      'fig-actors-a': '5',
      'fig-actors-b': '6',
      'fig-ties-a': '5',
      'fig-ties-b': '6',
      'fig-cross-share-a': '100%',
      'fig-cross-share-b': '67%',
      'ties-gained-count': '4',
      'ties-lost-count': '3',
      'ties-strengthened-count': '1',
      'ties-kept': '2',
      legend: '4 3 2',
    };
    await expect.poll(() => shown(page), within).toEqual(expected);
    const link = page.url();

    // The link in a page of its own: nothing carried over but the address.
    const fresh = await app.newPage();
    await fresh.page.goto(link);
    await expect.poll(() => shown(fresh.page), within).toEqual(expected);
    expect(await fresh.page.getByTestId('compare-a-from').inputValue()).toBe('2014');
    expect(await fresh.page.getByTestId('compare-b-to').inputValue()).toBe('2020');
    expect(fresh.page.url()).toBe(link);

    // The same link in Dutch, in a window 1024 px wide: the same numbers in Dutch words, and the
    // scope and both periods on one row.
    const dutch = await app.newPage({ lang: 'nl', viewport: { width: 1024, height: 700 } });
    const nl = new URL(link);
    nl.searchParams.set('lang', 'nl');
    await dutch.page.goto(nl.toString());
    await expect.poll(() => shown(dutch.page), within).toEqual(expected);
    expect(await dutch.page.getByTestId('compare-legend').locator('h3').textContent()).toBe('Banden van A naar B');
    expect(await dutch.page.getByTestId('ties-gained').locator('h3').textContent()).toBe('Nieuw');
    const middles = await dutch.page.locator('.compare-view .view-controls > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
    expect(Math.max(...middles) - Math.min(...middles), `middles of the toolbar's parts at 1024 px: ${middles.join(', ')}`).toBeLessThan(8);

    expect([...app.errors, ...fresh.errors, ...dutch.errors]).toEqual([]);
    await fresh.page.close();
    await dutch.page.close();
  }, 300_000);
});
