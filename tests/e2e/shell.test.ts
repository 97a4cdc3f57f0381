import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

describe('the client shell in a real browser', () => {
  let app: AppInBrowser;
  let url: string;
  beforeAll(async () => {
    app = await seededAppInBrowser({ viewport: { width: 1280, height: 800 }, timeoutMs: 5000 });
    url = app.server.url;
    await mkdir('test-results', { recursive: true });
  });
  afterAll(() => app?.close());

  it('shows Neo4j connected and draws the seeded graph coloured by helix', async () => {
    const { page, errors } = app;
    // the whole overview, not the first screen of its most connected nodes
    await page.goto(`${url}/?all=1`);
    await expect.poll(() => page.getByTestId('health').textContent(), { timeout: 15_000 }).toMatch(/Neo4j 5\.26\.\d+ connected/);
    const overview = (await (await fetch(`${url}/api/overview`)).json()) as { nodes: unknown[]; edges: unknown[] };
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { cy?: { nodes: () => { length: number } } }).cy?.nodes().length ?? 0), { timeout: 15_000 })
      .toBe(overview.nodes.length);
    await expect.poll(() => page.getByTestId('summary').textContent()).toBe(`${overview.nodes.length} nodes · ${overview.edges.length} links`);
    await expect.poll(() => page.getByLabel('Legend').textContent()).toContain('Academia');
    await page.screenshot({ path: 'test-results/shell.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so, instead of a blank page, when the server cannot answer', async () => {
    const { page } = await app.newPage();
    await page.route('**/api/health', (route) => route.abort());
    await page.goto(url);
    await expect.poll(() => page.getByTestId('app-error').textContent(), { timeout: 10_000 }).toMatch(/cannot be reached/);
    expect(await page.getByTestId('app-error').getAttribute('role')).toBe('alert');
    await page.close();
  });
});
