import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcosystemReport } from '../../contract/index.ts';
import { reportNl } from '../../client/src/i18n/report-words.ts';
import { seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

// The analyst's last step: the ecosystem report of "Chemie en life sciences", opened from the sector
// profile, read in Dutch, printed to PDF through the browser and saved as one HTML file.

const SECTOR = 'Sector:sector-chemistry-life-sciences';
const within = { timeout: 30_000 };

describe('the ecosystem report in a real browser', () => {
  let app: AppInBrowser;
  let page: Page;
  let data: EcosystemReport;
  beforeAll(async () => {
    app = await seededAppInBrowser();
    ({ page } = app);
    data = (await (await fetch(`${app.server.url}/api/report?scope=sector&id=${encodeURIComponent(SECTOR)}&lang=nl`)).json()) as EcosystemReport;
  });
  afterAll(() => app?.close());

  it('opens from the sector profile and shows every section in Dutch, with the figures of the API and their sources', async () => {
    await page.goto(`${app.server.url}/sectors?id=${encodeURIComponent(SECTOR)}&lang=nl`);
    await page.getByTestId('open-report').click();
    const report = page.getByTestId('report');
    await report.waitFor(within);
    expect(new URL(page.url()).pathname).toBe('/report');
    await expect(page.locator('.report h1').textContent()).resolves.toBe(reportNl.reportTitle.replace('{name}', 'Chemie en life sciences'));
    const headings = await page.locator('.report h2').allTextContents();
    for (const key of ['reportKeyFigures', 'reportHelix', 'reportMap', 'reportNetwork', 'reportCentral', 'reportBrokers', 'reportSectors', 'reportIntroductions', 'reportPolicies', 'reportSources'] as const) {
      expect(headings).toContain(reportNl[key]);
    }
    // one row per key figure, the employees of the chemical sector in Dutch digits and units, with their table as source
    const rows = page.getByTestId('report-figures').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(data.keyFigures.length);
    const employees = await rows.filter({ hasText: '35.991 werknemers' }).first().textContent();
    expect(employees).toContain('Tabel 5: Overzicht chemische sector');
    // the brokers' roles as the API counts them, and the network drawn as a picture of real size
    const firstBroker = page.getByTestId('report-brokers').locator('tbody tr').first();
    await expect(firstBroker.textContent()).resolves.toContain(data.brokers[0]!.label);
    const picture = page.getByTestId('report-network');
    await picture.waitFor(within);
    const size = await picture.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight, shown: img.getBoundingClientRect().width }));
    expect(size.w).toBeGreaterThan(400);
    expect(size.h).toBeGreaterThan(200);
    expect(size.shown).toBeGreaterThan(300);
    await expect(page.getByTestId('report-sources').locator('li').count()).resolves.toBe(data.sources.length);
    // the map: the sector's regions filled, its legend in Dutch
    const map = page.getByTestId('report-map');
    await map.locator('svg path[data-id]').first().waitFor(within);
    const filled = await map.locator('svg path[data-id]').evaluateAll((paths) => paths.filter((p) => p.getAttribute('fill') !== '#e1e5ea').map((p) => p.getAttribute('data-id')));
    expect(filled.sort()).toEqual(data.map!.regions.filter((r) => r.value).map((r) => r.id).sort());
    await expect(page.getByTestId('report-map-legend').textContent()).resolves.toContain('Geen actoren');
    // no English left: the policy levels are in words of the interface
    const levels = await page.getByTestId('report-policies').locator('tbody tr td:first-child').allTextContents();
    expect(levels.some((l) => /^(eu|regional|provincial|federal|local)$/.test(l))).toBe(false);
  });

  it('prints to a PDF of several A4 pages without the app around it', async () => {
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => ['.app-header', '.report-controls'].map((s) => getComputedStyle(document.querySelector(s)!).display));
    expect(hidden).toEqual(['none', 'none']);
    // back to the page's own media: page.pdf() then prints with the print styles
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('saves a standalone HTML file holding the report, its styles and its picture', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'helix-report-'));
    try {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: reportNl.reportSave }).click()]);
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const html = await readFile(file, 'utf8');
      expect(html).toContain('Chemie en life sciences');
      expect(html).toContain('<style>');
      expect(html).toContain('.report');
      expect(html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
      expect(html).not.toContain('<script');
      // the map travels as inline SVG, only the shapes around its country (a small file)
      expect(html).toMatch(/<figure class="report-map"[^>]*><svg/);
      expect(html.length).toBeLessThan(2_000_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
