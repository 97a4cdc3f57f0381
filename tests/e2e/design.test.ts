import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELIX_COLOURS } from '../../client/src/canvas/helix.ts';
import { seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

// Issue 16, points 1, 7, 8, 10 and 11 as a person sees them: one look across the views, Dutch
// throughout Import and Console, errors in plain words with the detail folded, no page wider than
// a 1024 px window, and axe-core finding nothing serious on any view.

/** Every view's path, read from the route table (importing it would load the whole client). */
const ROUTE_TABLE = await readFile('client/src/routes.tsx', 'utf8');
const PATHS = [...ROUTE_TABLE.matchAll(/\{ path: '([^']+)'/g)].map((m) => m[1]!);
/** The views the period does not change: they have no period bar. */
const WITHOUT_PERIOD = [...ROUTE_TABLE.matchAll(/\{ path: '([^']+)'[^\n]*period: false/g)].map((m) => m[1]!);

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** Waits until the view has settled: its main content drawn, nothing loading. */
async function settle(page: Page): Promise<void> {
  await page.locator('main > *').first().waitFor();
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  await page.waitForTimeout(300);
}

const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

describe('one design, legible and accessible, in a real browser', () => {
  let app: AppInBrowser;
  let url: string;
  beforeAll(async () => {
    app = await seededAppInBrowser();
    url = app.server.url;
  });
  afterAll(() => app?.close());

  it('fits every view into a 1024 × 700 window and finds no serious or critical axe violation', async () => {
    // The app's CSP allows no inline script; axe is injected by the test, not by the app.
    const { page } = await app.newPage({ viewport: { width: 1024, height: 700 }, bypassCSP: true });
    const found: Record<string, Violation[]> = {};
    const wider: Record<string, number> = {};
    const defaults: Record<string, number> = {};
    expect(PATHS.length).toBeGreaterThanOrEqual(8);
    expect(WITHOUT_PERIOD).toEqual(['/console', '/import']);
    for (const path of PATHS) {
      await page.goto(`${url}${path}?lang=en`);
      await settle(page);
      const extra = await overflow(page);
      if (extra > 0) wider[path] = extra;
      // The period control, on every view it changes (not the console or the import), stays on one row.
      const period = page.getByTestId('period-control');
      expect(await period.count(), path).toBe(WITHOUT_PERIOD.includes(path) ? 0 : 1);
      if (await period.count()) expect((await period.boundingBox())!.height, path).toBeLessThan(60);
      // No browser-default checkbox or radio: each is drawn by the design system.
      const native = await page.evaluate(() => [...document.querySelectorAll('input[type="checkbox"], input[type="radio"]')].filter((e) => getComputedStyle(e).appearance !== 'none').length);
      if (native > 0) defaults[path] = native;
      const violations = await axeViolations(page);
      if (violations.length) found[path] = violations;
      // The search stays usable: wide enough to read what one types.
      expect((await page.getByRole('combobox', { name: 'Search the graph' }).boundingBox())!.width).toBeGreaterThan(160);
    }
    expect(wider).toEqual({});
    expect(defaults).toEqual({});
    expect(found).toEqual({});
    await page.close();
  });

  it('fits the graph of every canvas view into its canvas on first open, clear of the zoom buttons, at 1440 × 900 and 1024 × 700', async () => {
    const views = ['/', '/cross-sector', `/triple-helix?scope=sector&id=${encodeURIComponent('Sector:sector-chemistry-life-sciences')}`];
    const outside: Record<string, string> = {};
    for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
      for (const path of views) {
        const { page } = await app.newPage({ viewport });
        await page.goto(`${url}${path}${path.includes('?') ? '&' : '?'}lang=en`);
        await page.waitForFunction(() => (window as unknown as { helixCanvas?: { state: string } }).helixCanvas?.state === 'ready', undefined, { timeout: 60_000 });
        await settle(page);
        await page.waitForTimeout(700); // a panel that opens or closes resizes the canvas; the fit follows
        const canvas = (await page.getByTestId('canvas').first().boundingBox())!;
        const controls = (await page.locator('.canvas-controls').first().boundingBox())!;
        // Every node as the user sees it, in page pixels.
        const nodes = await page.evaluate(() => {
          type B = { x1: number; y1: number; x2: number; y2: number };
          const cy = (window as unknown as { cy: { nodes: (s: string) => { map: <T>(f: (n: { renderedBoundingBox: (o: object) => B }) => T) => T[] }; container: () => HTMLElement } }).cy;
          const at = cy.container().getBoundingClientRect();
          return cy.nodes(':visible').map((n) => {
            const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
            return { x1: b.x1 + at.left, y1: b.y1 + at.top, x2: b.x2 + at.left, y2: b.y2 + at.top };
          });
        });
        expect(nodes.length, path).toBeGreaterThan(0);
        const box = { x1: Math.min(...nodes.map((b) => b.x1)), y1: Math.min(...nodes.map((b) => b.y1)), x2: Math.max(...nodes.map((b) => b.x2)), y2: Math.max(...nodes.map((b) => b.y2)) };
        const key = `${path} ${viewport.width}`;
        if (box.x1 < canvas.x || box.y1 < canvas.y || box.x2 > canvas.x + canvas.width || box.y2 > canvas.y + canvas.height) outside[key] = `nodes ${JSON.stringify(box)} canvas ${JSON.stringify(canvas)}`;
        const under = nodes.filter((b) => b.x1 < controls.x + controls.width && b.x2 > controls.x && b.y1 < controls.y + controls.height && b.y2 > controls.y);
        if (under.length) outside[`${key} under the zoom buttons`] = `${under.length} nodes`;
        // The graph uses the canvas: it fills most of it one way or the other.
        expect(Math.max((box.x2 - box.x1) / canvas.width, (box.y2 - box.y1) / canvas.height), key).toBeGreaterThan(0.6);
        await page.close();
      }
    }
    expect(outside).toEqual({});
  }, 240_000);

  it('draws components from one set of tokens: dark text on light, the same paddings, the canvas palette', async () => {
    const { page } = await app.newPage();
    await page.goto(`${url}/import?lang=en`);
    await page.getByRole('heading', { name: 'Import data' }).waitFor();
    const look = await page.evaluate(() => {
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      const root = getComputedStyle(document.documentElement);
      return {
        body: [style('body').color, style('body').backgroundColor],
        card: style('.ui-card').padding,
        primary: [style('button.primary').backgroundColor, style('button.primary').color],
        field: style('input[type="password"]').borderRadius,
        helix: ['government', 'industry', 'academia', 'intermediary', 'civil-society'].map((h) => root.getPropertyValue(`--helix-${h}`).trim().toUpperCase()),
        sector: root.getPropertyValue('--type-sector').trim(),
      };
    });
    expect(look.body).toEqual(['rgb(29, 35, 43)', 'rgb(255, 255, 255)']);
    expect(look.card).toBe('12px 16px');
    expect(look.primary).toEqual(['rgb(31, 95, 168)', 'rgb(255, 255, 255)']);
    expect(look.field).toBe('6px');
    // The page's helix colours are the canvas's, from one definition.
    expect(look.helix).toEqual(Object.values(HELIX_COLOURS).map((c) => c.toUpperCase()));
    expect(look.sector).not.toBe('');

    // The Console's cards and panels use the same paddings.
    await page.goto(`${url}/console?lang=en`);
    const body = page.locator('.console-side .ui-panel-body');
    await body.waitFor();
    expect(await body.evaluate((el) => getComputedStyle(el).padding)).toBe('12px 16px');
    await page.close();
  });

  it('speaks Dutch all through Import, with plurals', async () => {
    const { page } = await app.newPage();
    await page.goto(`${url}/import?lang=nl`);
    await page.getByRole('heading', { name: 'Gegevens importeren' }).waitFor();
    await page.getByTestId('import-templates').locator('table').waitFor();
    // the words, not the file and column names one types as they are (code)
    const text = await page.locator('main').evaluate((main) => {
      const words = main.cloneNode(true) as HTMLElement;
      words.querySelectorAll('.template-columns, code').forEach((e) => e.remove());
      document.body.append(words);
      const said = words.innerText;
      words.remove();
      return said;
    });
    for (const dutch of ['Wat importeren', 'Rekenbladen', 'CORDIS-projectarchieven', 'API-sleutel', 'Sleep bestanden hierheen', 'Bestanden kiezen', 'Nog geen bestanden gekozen.', 'Controleren (proefrun)', 'Importeren', 'Sjablonen', 'Bevat', 'Kolommen', 'Vetgedrukte kolommen zijn verplicht']) expect(text).toContain(dutch);
    for (const english of ['Drop files', 'Choose files', 'Check (dry run)', 'Templates', 'Spreadsheets', 'API token', 'rows', 'Holds', 'Columns', 'required']) expect(text).not.toContain(english);
    await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,helix,kind,country\nacme,Acme,industri,company,BE\n') });
    await page.getByRole('button', { name: 'Controleren (proefrun)' }).click();
    // Without a token the server refuses; the refusal is said in Dutch.
    const alert = page.getByTestId('import-error');
    await expect.poll(() => alert.locator('.ui-error-title').textContent()).toMatch(/^(De API-sleutel ontbreekt of is fout|Deze server aanvaardt geen wijzigingen)$/);
    expect(await page.locator('main').innerText()).not.toMatch(/Unauthorized|Write endpoints are off/);
    await page.close();
  });

  it('shows the sector profile all in Dutch: policy levels, sector names of the heat map, no English name beside the title', async () => {
    const { page } = await app.newPage();
    await page.goto(`${url}/sectors?id=${encodeURIComponent('Sector:sector-chemistry-life-sciences')}&lang=nl`);
    await page.getByTestId('profile').waitFor();
    await page.getByTestId('heatmap').waitFor();
    const text = await page.locator('main').innerText();
    for (const dutch of ['Kerncijfers', 'regionaal', 'provinciaal', 'Chemie']) expect(text).toContain(dutch);
    for (const english of ['(regional)', '(subregional)', '(provincial)', 'Chemistry and life sciences', 'Logistics', 'in de Explorer']) expect(text).not.toContain(english);
    await page.close();
  });

  it('says a failure in plain words with what to do, the request id folded underneath, in a compact box', async () => {
    const { page } = await app.newPage();
    await page.goto(`${url}/sectors?id=${encodeURIComponent('Sector:sector-does-not-exist')}&lang=nl`);
    const error = page.getByTestId('error').first();
    await expect.poll(() => error.locator('.ui-error-title').textContent()).toBe('We vonden niet wat u zocht');
    expect(await error.locator('.ui-error-what').textContent()).toBe('Het is misschien hernoemd of verwijderd. Zoek het opnieuw op.');
    // The technical text is there but folded: not visible until asked for.
    const details = error.locator('details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.getByText('no node Sector:sector-does-not-exist', { exact: false }).isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.getByText('no node Sector:sector-does-not-exist', { exact: false }).isVisible()).toBe(true);
    expect(await details.innerText()).toMatch(/Verzoek-id\s+[0-9a-f-]{36}/);
    // Compact: far from the full height of the window.
    expect((await error.boundingBox())!.height).toBeLessThan(260);
    await page.close();
  });
});
