import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionsMap, SpecialisationAnswer } from '../../contract/index.ts';
import { barsOf } from '../../client/src/views/specialisation/Specialisation.tsx';
import { seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

// The specialisation panel in headless Chromium on the seeds: in the map's region panel (the
// Antwerp arrondissement's participations by programme part against Belgium) and in the sector
// profile (the province's actors by sector, the sector marked), in English and Dutch, with the
// shift-share table once a period of several years is chosen.

const within = { timeout: 30_000 };

describe('location quotients and shift-share in the browser', () => {
  let app: AppInBrowser;
  let page: Page;
  let url: string;
  beforeAll(async () => {
    app = await seededAppInBrowser({ timeoutMs: 30_000 });
    ({ page, server: { url } } = app);
  }, 300_000);
  afterAll(() => app?.close());

  const api = async (q: string) => (await (await fetch(`${url}/api/specialisation?${q}`)).json()) as SpecialisationAnswer;
  const barLabels = (testId: string) => page.getByTestId(testId).locator('.lq-label').allTextContents();

  it("shows the selected region's quotients against its country on the map, as the API gives them", async () => {
    const answer = await api('region=BE211&measure=participations&reference=country');
    const expected = answer.categories.filter((c) => c.value > 0).slice(0, 10);
    await page.goto(`${url}/map?level=3&focus=BE&region=BE211&lang=en`);
    const panel = page.getByTestId('map-region-lq');
    await expect.poll(() => panel.locator('.lq-title').first().textContent(), within).toBe(`Specialisation against ${answer.reference.label}`);
    if (expected.length) {
      await expect.poll(() => barLabels('map-region-lq'), within).toEqual(expected.map((c) => c.label));
      const first = await panel.locator('.lq-value').first().textContent();
      expect(Number(first!.replace(',', '.'))).toBeCloseTo(expected[0]!.lq!, 2);
    } else {
      await expect.poll(() => panel.textContent(), within).toMatch(/Nothing to compare/);
    }
    expect(await panel.textContent()).toMatch(/Choose a period of two years or more/);
  }, 120_000);

  it('shows the sector profile in Dutch with the sector marked and the shift-share of a period', async () => {
    const sector = 'Sector:sector-chemistry-life-sciences';
    await page.goto(`${url}/sectors?id=${encodeURIComponent(sector)}&period=2010-2020&lang=nl`);
    const panel = page.getByTestId('sector-lq');
    await expect.poll(() => panel.locator('.lq-title').first().textContent(), within).toMatch(/^Specialisatie tegenover /);
    const answer = await api('region=Region:province-antwerp&measure=actors&reference=country&period=2010-2020');
    const labels = barsOf(answer.categories, sector).map((c) => c.label);
    await expect.poll(() => barLabels('sector-lq'), within).toEqual(labels);
    if (labels.includes('Chemie en life sciences')) expect(await panel.locator('.lq-mark .lq-label').textContent()).toBe('Chemie en life sciences');
    // 2010-2020 splits into 2010-2015 → 2016-2020; its table ends with the total, in Dutch.
    const table = page.getByTestId('sector-lq-shift-share');
    await expect.poll(() => table.locator('tr.lq-total td').first().textContent(), within).toBe('Totaal');
    expect(await panel.textContent()).toMatch(/Shift-share, 2010-2015 → 2016-2020/);
    expect(await panel.textContent()).not.toMatch(/Specialisation|Choose a period|Regional shift/);
  }, 120_000);

  it('colours the map by location quotients and marks the same quotient in the region panel, in English and Dutch', async () => {
    const map = (await (await fetch(`${url}/api/regions/map?level=3&measure=lq`)).json()) as RegionsMap;
    const category = map.specialisation!.category;
    const be211 = map.regions.find((r) => r.id === 'BE211')!;
    await page.goto(`${url}/map?level=3&focus=BE&region=BE211&measure=lq&flows=0&lang=en`);
    const legend = page.getByTestId('map-legend');
    await expect.poll(() => legend.locator('text').first().textContent(), within).toBe(`LQ: ${category.label}`);
    expect(await legend.textContent()).toMatch(/Against each region’s country; 1 = as the country/);
    expect(await page.getByTestId('map-category').inputValue()).toBe(category.id);
    // the region panel shows the same measure's quotients, the map's category marked with the map's value
    const mark = page.getByTestId('map-region-lq').locator('.lq-mark');
    await expect.poll(() => mark.locator('.lq-label').textContent(), within).toBe(category.label);
    expect(Number((await mark.locator('.lq-value').textContent())!)).toBeCloseTo(be211.value!, 2);
    // another category from the list redraws the map for it
    const other = map.specialisation!.categories[1];
    if (other) {
      await page.getByTestId('map-category').selectOption(other.id);
      await expect.poll(() => legend.locator('text').first().textContent(), within).toBe(`LQ: ${other.label}`);
    }
    await page.goto(`${url}/map?level=3&focus=BE&region=BE211&measure=lq&flows=0&lang=nl`);
    await expect.poll(() => legend.textContent(), within).toMatch(/Tegenover het land van elke regio; 1 = zoals het land/);
    expect(await page.locator('.map-toolbar').textContent()).toMatch(/Categorie: Sectoren \(actoren\)|Categorie: Programmaonderdelen \(deelnames\)/);
  }, 120_000);
});
