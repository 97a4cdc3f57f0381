import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerModelState } from '../../contract/index.ts';
import { appInBrowser, type AppInBrowser } from '../support/browser.ts';
import { fetchJson, startSeededServer } from '../support/http.ts';
import { ASKER, writeLearnedNetwork } from '../support/learned-network.ts';

// The Partners view says which ranking it shows, on a network the ranking model learns from
// (tests/support/learned-network.ts), in headless Chromium against the real app and Neo4j.

const within = { timeout: 20_000 };
const order = (page: Page) => page.getByTestId('partner-list').locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));

describe('the Partners view with the ranking model', () => {
  let app: AppInBrowser;
  let page: Page;

  beforeAll(async () => {
    const { db, server } = await startSeededServer({}, { seeds: false });
    await writeLearnedNetwork(db);
    app = await appInBrowser({ db, server, close: async () => (await server.close(), await db.close()) }, { timeoutMs: 20_000 });
    ({ page } = app);
    // Reading the network starts training; bounded wait until the model is ready.
    let state = (await fetchJson<PartnerModelState>(`${server.url}/api/partners/model`)).body;
    for (let i = 0; i < 120 && state.state === 'training'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      state = (await fetchJson<PartnerModelState>(`${server.url}/api/partners/model`)).body;
    }
    expect(state.state).toBe('ready');
  });
  afterAll(() => app?.close());

  it('says the list is ordered by the ranking model and its training date, switches to the weights when a slider moves, and goes back', async () => {
    await page.goto(`${app.server.url}/partners?actors=${encodeURIComponent(ASKER)}`);
    const ranking = page.getByTestId('partners-ranking');
    const learned = /^Ordered by the ranking model trained on \d+ \S+ \d{4} from the graph’s own history\./;
    await expect.poll(() => ranking.textContent(), within).toMatch(learned);
    await expect.poll(async () => (await order(page)).length, within).toBeGreaterThan(0);
    const byModel = await order(page);
    // the model's order has no score to show beside each name; the weights' mean has
    const scores = page.getByTestId('partner-list').locator('.score');
    expect(await scores.count()).toBe(0);
    // long names (the fixture's capitals, as CORDIS writes them) wrap inside their cards
    const overflowing = await page.getByTestId('partner-list').locator(':scope > li').evaluateAll((items) =>
      items.filter((li) => {
        const card = li.getBoundingClientRect();
        const name = li.querySelector('.name')!.getBoundingClientRect();
        return li.scrollWidth > li.clientWidth || name.left < card.left || name.right > card.right;
      }).length,
    );
    expect(await page.getByTestId('partner-list').getByText(/^INSTITUTO NACIONAL/).count()).toBeGreaterThan(0);
    expect(overflowing).toBe(0);
    // for a person to look at, beside the other views' screenshots (tests/e2e/screenshots.test.ts)
    await page.screenshot({ path: 'test-results/screens/partners-learned-1440x900-en.png' });

    await page.getByRole('slider', { name: 'Network proximity' }).fill('0');
    await expect.poll(() => page.url(), within).toContain('w.proximity=0');
    await expect.poll(() => ranking.textContent(), within).toMatch(/^Ordered by your weights\./);
    await expect.poll(() => scores.count(), within).toBeGreaterThan(0);

    await ranking.getByRole('button', { name: 'Back to the ranking model' }).click();
    await expect.poll(() => page.url(), within).not.toContain('w.proximity');
    await expect.poll(() => ranking.textContent(), within).toMatch(learned);
    await expect.poll(async () => JSON.stringify(await order(page)), within).toBe(JSON.stringify(byModel));
    expect(app.errors).toEqual([]);
  }, 180_000);
});
