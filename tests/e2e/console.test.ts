import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';
import { snapshot } from '../support/db.ts';

describe('the Cypher console in a real browser', () => {
  let app: AppInBrowser;
  let db: AppInBrowser['db'];
  let url: string;
  beforeAll(async () => {
    app = await seededAppInBrowser({ viewport: { width: 1400, height: 900 }, timeoutMs: 10_000 });
    ({ db, server: { url } } = app);
  });
  afterAll(() => app?.close());

  it('picks an example, runs it with Ctrl+Enter, shows a table and a graph, and exports CSV', async () => {
    const { page, errors } = app;
    await page.goto(`${url}/console`);
    await page.getByRole('button', { name: 'Shortest path from a company to a university', exact: true }).click();
    await expect.poll(() => page.locator('.cm-content').textContent()).toContain('shortestPath');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('console-table').locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('console-table').locator('thead').textContent()).toContain('path');
    expect(await page.getByTestId('console-table').locator('tbody').textContent()).toContain('(:Actor General Motors Antwerpen)');
    await expect.poll(() => page.getByTestId('console-summary').textContent()).toMatch(/^1 row · \d+ nodes · \d+ relationships · planned in \d+ ms, ran in \d+ ms$/);
    // Ctrl+Enter ran the query without adding a line to it
    expect(await page.locator('.cm-line').count()).toBe(4);

    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { cy?: { nodes: () => { length: number } } }).cy?.nodes().length ?? 0))
      .toBeGreaterThan(1);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(file.suggestedFilename()).toBe('console-result.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('path,hops,via');
    expect(csv).toContain('general-motors-antwerpen');

    await expect.poll(() => page.getByTestId('console-history').textContent()).toContain('MATCH (company:Actor');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks Dutch, colours the Cypher, and says so when a query returns no rows', async () => {
    const { page } = await app.newPage({ lang: 'nl' });
    await page.goto(`${url}/console?q=${encodeURIComponent("MATCH (a:Actor {id: 'nobody'})\nRETURN a.name AS name")}`);
    expect(await page.locator('.console-side h3').allTextContents()).toEqual(['Voorbeelden', 'Bewaard', 'Geschiedenis']);
    expect(await page.getByRole('button', { name: 'Kortste pad van een bedrijf naar een universiteit', exact: true }).count()).toBe(1);
    // keywords, labels, strings and names in different colours, not one colour for the whole query
    await expect.poll(() => page.locator('.cm-line span').count()).toBeGreaterThan(3);
    const colours = await page.locator('.cm-line span').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
    expect(colours).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Uitvoeren (Ctrl+Enter)' }).click();
    await expect.poll(() => page.getByTestId('console-no-rows').textContent()).toBe('De query gaf geen rijen terug.');
    expect(await page.getByTestId('console-summary').textContent()).toMatch(/^geen rijen · geen knopen · geen relaties · gepland in \d+ ms, uitgevoerd in \d+ ms$/);
    expect(await page.getByTestId('console-table').count()).toBe(0);
    await page.close();
  });

  it('shows a refused write under the editor with its position marked, and nothing changes', async () => {
    const before = await snapshot(db);
    const { page } = await app.newPage();
    await page.goto(`${url}/console?q=${encodeURIComponent('MATCH (n)\nDETACH DELETE n')}`);
    await page.getByRole('button', { name: 'Run (Ctrl+Enter)' }).click();
    // Plain words first; the server's own title and message folded under the technical details.
    await expect.poll(() => page.getByTestId('console-error').locator('.ui-error-title').textContent()).toBe('The query was refused');
    expect(await page.getByTestId('console-error').locator('.ui-error-what').textContent()).toContain('The query writes to the graph; the console only reads.');
    const details = page.getByTestId('console-error').locator('details');
    expect(await details.locator('dd').first().isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.textContent()).toContain('Query refused');
    expect(await details.textContent()).toContain('DETACH writes to the graph');
    expect(await page.getByTestId('console-position').textContent()).toBe('line 2, column 1\nDETACH DELETE n\n^');
    expect(await snapshot(db)).toEqual(before);
    await page.close();
  });

  it('says saved queries stay in the browser when the server takes no writes, and keeps them there', async () => {
    const { page } = await app.newPage();
    await page.goto(`${url}/console`);
    await expect.poll(() => page.locator('.console-note').first().textContent()).toContain('saved queries stay in this browser');
    await page.getByRole('button', { name: 'Save…' }).click();
    await page.getByLabel('Title').fill('Collaborations');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('console-saved').textContent()).toContain('Collaborations');
    await page.reload();
    await expect.poll(() => page.getByTestId('console-saved').textContent()).toContain('Collaborations');
    await page.close();
  });

  it('completes labels and relationship types of the live schema while typing', async () => {
    const { page } = await app.newPage();
    // The editor completes from the live schema, which the page fetches as it opens.
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/console/schema')), page.goto(`${url}/console`)]);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('MATCH (n', { delay: 30 });
    await page.keyboard.type(':', { delay: 30 });
    await page.keyboard.type('Acto', { delay: 30 });
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete').textContent()).toContain('Actor');
    await page.locator('.cm-tooltip-autocomplete li', { hasText: /^:?Actor$/ }).first().click();
    await expect.poll(() => page.locator('.cm-content').textContent()).toContain('MATCH (n:Actor');
    await page.keyboard.press('End');
    await page.keyboard.type('-[:COLLAB', { delay: 30 });
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete').textContent()).toContain('COLLABORATES_WITH');
    await page.close();
  });
});
