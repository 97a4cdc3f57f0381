import { describe, expect, it } from 'vitest';
import { builtClientInBrowser } from '../support/built-client-browser.ts';

// The built client against a server whose answers it cannot read (another version of the API):
// the parts that fail say so in the reader's language where they were, the page does not go blank,
// and the navigation still opens the other views.

describe('views that fail while drawing, in a real browser', () => {
  const open = builtClientInBrowser();

  it('shows the sector profile’s and the period bar’s failure in Dutch, keeps the header, and the next view opens once the answers can be read', async () => {
    const page = await open.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    let unreadable = true;
    await page.route('**/api/**', (route) => {
      const p = new URL(route.request().url()).pathname;
      if (p === '/api/health') return route.fulfill({ json: { status: 'ok', version: 'other', neo4j: { reachable: true, version: '5.26' } } });
      if (unreadable) return route.fulfill({ json: { nodes: 'not a list', unexpected: true } });
      return route.fulfill({ status: 404, contentType: 'application/problem+json', json: { title: 'Not found', detail: `no API endpoint ${p}` } });
    });
    await page.goto(`${open.client.url}/sectors?lang=nl`);

    const view = page.getByTestId('view-error');
    await view.waitFor();
    expect(await view.locator('.ui-error-title').textContent()).toBe('Deze weergave kon niet worden getoond');
    expect(await page.getByTestId('period-error').locator('.ui-error-title').textContent()).toBe('De periodebalk kon niet worden getoond');
    await view.getByText('Technische details').click();
    expect(await view.getByTestId('error-details').textContent()).toMatch(/\S{8,}/);

    // The answers are readable again (plain problems): the next view opens.
    unreadable = false;
    await page.locator('header nav').getByRole('link', { name: 'Console' }).click();
    await page.locator('.cm-editor').waitFor();
    expect(await page.getByTestId('view-error').count()).toBe(0);
    expect(uncaught).toEqual([]);
    await page.close();
  }, 60_000);
});
