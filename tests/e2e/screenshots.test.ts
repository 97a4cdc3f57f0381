import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

// Issue 16: every view at 1440 × 900 and 1024 × 700 in English and Dutch, as a person opens it on
// the seeds, checked for what shows in a screenshot (nothing wider than the window, no table cut
// off at the right, no English in the Dutch interface) and saved as one. The committed set under
// docs/screenshots/ is taken with HELIX_SCREENSHOTS=docs/screenshots; HELIX_SCREENSHOTS_URL points the
// test at an app already running (on the seeds, or other data) instead of starting one.

const OUT = process.env.HELIX_SCREENSHOTS ?? 'test-results/screens';
const SECTOR = encodeURIComponent('Sector:sector-chemistry-life-sciences');
const UA = encodeURIComponent('Actor:universiteit-antwerpen');
const AGFA = encodeURIComponent('Actor:agfa-gevaert');

const VIEWS: [string, string][] = [
  ['explorer', '/'],
  ['triple-helix', `/triple-helix?scope=sector&id=${SECTOR}`],
  ['compare', `/compare?scope=sector&id=${SECTOR}`],
  ['cross-sector', '/cross-sector'],
  ['paths', `/paths?from=${UA}&to=${AGFA}`],
  ['partners', `/partners?actors=${AGFA}`],
  ['sector-profile', `/sectors?id=${SECTOR}`],
  ['map', '/map'],
  ['report', `/report?scope=sector&id=${SECTOR}`],
  ['console', '/console'],
  ['import', '/import'],
  ['error', '/sectors?id=Sector:sector-does-not-exist'],
];

/** Interface words that would show English left in the Dutch interface. */
const ENGLISH = ['Loading', 'Show everything', 'Search the graph', 'Layout', 'Size by', 'Export', 'Undo', 'Redo', 'Period', 'All years', 'Open in', 'Key figures', '(regional)'];

async function settle(page: Page): Promise<void> {
  await page.locator('main > *').first().waitFor();
  await page.waitForTimeout(500); // a view starts loading once its first frame is up
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 60_000 }).toBe(0);
  await page.waitForTimeout(1200); // a fit after a panel opens, labels after the camera rests
}

describe('screenshots of every view', () => {
  let app: AppInBrowser | undefined;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    if (process.env.HELIX_SCREENSHOTS_URL) {
      url = process.env.HELIX_SCREENSHOTS_URL;
      browser = await launchBrowser();
    } else {
      app = await seededAppInBrowser({ timeoutMs: 60_000 });
      ({ browser } = app);
      url = app.server.url;
    }
    await mkdir(OUT, { recursive: true });
  });
  afterAll(async () => {
    if (app) await app.close();
    else await browser?.close();
  });

  it('shows every view whole at 1440 × 900 and 1024 × 700, in English and Dutch', async () => {
    const problems: string[] = [];
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      for (const lang of ['en', 'nl'] as const) {
        const page = await browser.newPage({ viewport: { width, height }, ...(lang === 'nl' ? { locale: 'nl-BE' } : {}) });
        page.setDefaultTimeout(60_000);
        for (const [name, path] of VIEWS) {
          const where = `${name} ${width} ${lang}`;
          await page.goto(`${url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          await settle(page);
          const look = await page.evaluate(() => ({
            wider: document.scrollingElement!.scrollWidth - window.innerWidth,
            // a table whose right edge lies past what its scrolling box shows, with no way to scroll to it
            cut: [...document.querySelectorAll('main table')].filter((t) => {
              let box = t.parentElement;
              while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
              const right = box ? Math.min(box.getBoundingClientRect().right, window.innerWidth) : window.innerWidth;
              return t.getBoundingClientRect().right > right + 1 && !(box && box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX !== 'hidden');
            }).length,
            text: document.body.innerText,
          }));
          if (look.wider > 0) problems.push(`${where}: ${look.wider} px wider than the window`);
          if (look.cut > 0) problems.push(`${where}: ${look.cut} tables cut off`);
          if (lang === 'nl') for (const word of ENGLISH) if (new RegExp(`(^|[^\\p{L}])${word.replace(/[()]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(look.text)) problems.push(`${where}: English "${word}"`);
          await page.screenshot({ path: `${OUT}/${name}-${width}x${height}-${lang}.png` });
        }
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  }, 900_000);
});
