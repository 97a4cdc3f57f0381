import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SynergyAnswer } from '../../contract/index.ts';
import { applySchema } from '../../server/db/schema.ts';
import { runCordisImport } from '../../server/importer/cordis/service.ts';
import { appInBrowser, type AppInBrowser } from '../support/browser.ts';
import { CORDIS_OFFICIAL } from '../support/cordis.ts';
import { testDb, wipe } from '../support/db.ts';
import { startTestServer } from '../support/http.ts';

// The synergy panel of the triple-helix view on the official CORDIS sample (40 Belgian H2020
// projects; Belgium and its NUTS 1 regions): what it shows is what /api/synergy answers for the
// scope, in English and in Dutch.

const REGION = 'Region:country-be';
const within = { timeout: 60_000 };

describe('the synergy panel in a real browser', () => {
  let app: AppInBrowser;
  let answer: SynergyAnswer;

  beforeAll(async () => {
    const db = testDb();
    await wipe(db);
    await applySchema(db);
    await runCordisImport(db, [CORDIS_OFFICIAL]);
    const server = await startTestServer(db);
    app = await appInBrowser({ db, server, close: async () => (await server.close(), await db.close()) }, { timeoutMs: 60_000 });
    answer = (await (await fetch(`${app.server.url}/api/synergy?scope=region&id=${REGION}`)).json()) as SynergyAnswer;
  }, 300_000);
  afterAll(() => app?.close());

  const open = async (page: Page, lang: 'en' | 'nl') => {
    await page.goto(`${app.server.url}/triple-helix?scope=region&id=${encodeURIComponent(REGION)}&lang=${lang}`);
    await page.getByTestId('synergy-t').waitFor({ state: 'attached', timeout: within.timeout });
    return page.getByTestId('synergy');
  };

  it('shows T in millibits, the records, the eight cells, the pairs and the sub-regions as the API answers them', async () => {
    expect(answer.subregions?.regions.length).toBeGreaterThan(0);
    const panel = await open(app.page, 'en');
    const t = (answer.tMillibits).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace('-', '−');
    expect(await panel.getByTestId('synergy-t').textContent()).toBe(t);
    expect(await panel.getByTestId('synergy-n').textContent()).toContain(`${answer.n} projects`);
    const rows = panel.getByTestId('synergy-cells').locator('tbody tr');
    expect(await rows.count()).toBe(8);
    // The row of 111 (all three present) counts what the API's cell 111 counts.
    expect(await rows.nth(7).locator('td').nth(3).textContent()).toBe(String(answer.cells[7]!.n));
    expect(await panel.getByTestId('synergy-pairs').locator('dd').count()).toBe(3);
    expect(await panel.getByTestId('synergy-subregions').locator('tbody tr').count()).toBe(answer.subregions!.regions.length + 1);
    const reading = await panel.getByTestId('synergy-reading').textContent();
    expect(reading).toMatch(answer.n < 10 ? /Too few records/ : answer.t < 0 ? /^Synergy:/ : answer.t > 0 ? /^No synergy/ : /Neither/);
    expect(await panel.textContent()).toContain('Intermediaries and civil society count as none of U, I, G.');
    expect(app.errors).toEqual([]);
  });

  it('reads in Dutch, with no English words of the panel left', async () => {
    const { page, errors } = await app.newPage({ lang: 'nl' });
    const panel = await open(page, 'nl');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Synergie T(UIG)');
    expect(text).toContain('Intermediairs en middenveld tellen als geen van U, I, G.');
    expect(text).toContain(`${answer.n} projecten`);
    for (const english of ['projects', 'Records by', 'Mutual information', 'Contribution', 'Between the', 'Share']) expect(text).not.toContain(english);
    expect(errors).toEqual([]);
    await page.close();
  });
});
