import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionsMap } from '../../contract/index.ts';
import { NO_VALUE, PALETTE } from '../../client/src/views/map/classes.ts';
import { readFile } from 'node:fs/promises';
import { seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

// The map in headless Chromium on the seeds: level 3 of Belgium, the Antwerp arrondissement
// (BE211) clicked and its network drawn over it, colours that follow the values, pan and levels.

const within = { timeout: 30_000 };

/** Relative luminance of an #rrggbb colour. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

const boxOf = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

describe('the map in a real browser', () => {
  let app: AppInBrowser;
  let page: Page;
  let url: string;
  beforeAll(async () => {
    app = await seededAppInBrowser({ timeoutMs: 30_000 });
    ({ page, server: { url } } = app);
  }, 300_000);
  afterAll(() => app?.close());

  it('level 3 of Belgium: clicking the Antwerp arrondissement (BE211) selects it and draws its network over it', async () => {
    await page.goto(`${url}/map?level=3&focus=BE&lang=en`);
    const be211 = page.locator('[data-layer="regions"] path[data-id="BE211"]');
    await be211.waitFor(within);
    expect(await page.locator('[data-layer="regions"] path[data-id]').count()).toBe(1514);
    await be211.click();
    const panel = page.getByTestId('map-region');
    await expect.poll(() => panel.textContent(), within).toMatch(/Arr\. Antwerpen\s*BE211/);
    // The network: every actor located in the arrondissement or a place inside it, each drawn inside BE211's box.
    const [{ actors }] = (await app.db.read<{ actors: number }>(
      `MATCH (sub:Region)-[:PART_OF*0..]->(:Region {code: 'BE211'}) MATCH (a:Actor)-[:LOCATED_IN]->(sub) RETURN count(DISTINCT a) AS actors`,
    )) as [{ actors: number }];
    expect(actors).toBeGreaterThan(3);
    await expect.poll(() => page.locator('[data-layer="network"] circle').count(), within).toBe(actors);
    await expect.poll(() => page.getByTestId('map-network-note').textContent(), within).toMatch(new RegExp(`^${actors} actors and \\d+ links of Arr\\. Antwerpen`));
    const region = (await be211.boundingBox())!;
    for (const circle of await page.locator('[data-layer="network"] circle').all()) {
      const c = (await circle.boundingBox())!;
      const [x, y] = [c.x + c.width / 2, c.y + c.height / 2];
      expect(x).toBeGreaterThanOrEqual(region.x);
      expect(x).toBeLessThanOrEqual(region.x + region.width);
      expect(y).toBeGreaterThanOrEqual(region.y);
      expect(y).toBeLessThanOrEqual(region.y + region.height);
    }
    // The selection goes with the user: the triple helix opens on the region.
    await expect.poll(() => new URL(page.url()).searchParams.get('sel'), within).toBe('Region:arrondissement-antwerpen');
    // The attribution the licence asks for is on the map.
    expect(await page.getByTestId('map-attribution').textContent()).toMatch(/© EuroGeographics for the administrative boundaries/);
  }, 120_000);

  it('the network and the map move together when the map is dragged', async () => {
    const before = (await boxOf(page, 'path[data-id="BE211"]'))!;
    const dot = (await boxOf(page, '[data-layer="network"] circle'))!;
    const svg = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(svg.x + 200, svg.y + 200);
    await page.mouse.down();
    await page.mouse.move(svg.x + 260, svg.y + 240, { steps: 5 });
    await page.mouse.up();
    const after = (await boxOf(page, 'path[data-id="BE211"]'))!;
    const dotAfter = (await boxOf(page, '[data-layer="network"] circle'))!;
    expect(after.x - before.x).toBeCloseTo(60, 0);
    expect(after.y - before.y).toBeCloseTo(40, 0);
    expect(dotAfter.x - dot.x).toBeCloseTo(60, 0);
    // A drag is no click: the selection stays.
    expect(new URL(page.url()).searchParams.get('region')).toBe('BE211');
  });

  it('colours follow the values: a region with a higher value is never lighter', async () => {
    await page.goto(`${url}/map?level=2&measure=actors&lang=en`);
    await page.locator('path[data-id="BE21"]').waitFor(within);
    const figures = (await (await page.request.get(`${url}/api/regions/map?level=2&measure=actors`)).json()) as RegionsMap;
    expect(figures.regions.length).toBeGreaterThan(3);
    await expect.poll(() => page.locator('path[data-id="BE21"]').getAttribute('fill'), within).not.toBe(NO_VALUE);
    const fills = await page.locator('[data-layer="regions"] path[data-id]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-id'), e.getAttribute('fill')])));
    const shown = figures.regions.filter((r) => r.value !== null).sort((a, b) => a.value! - b.value!);
    for (let i = 1; i < shown.length; i++) {
      expect(luminance(fills[shown[i]!.id]!), `${shown[i]!.id} (${shown[i]!.value}) vs ${shown[i - 1]!.id} (${shown[i - 1]!.value})`).toBeLessThanOrEqual(luminance(fills[shown[i - 1]!.id]!));
    }
    // The largest value has the darkest class, and the legend lists the classes.
    const top = shown[shown.length - 1]!;
    expect(luminance(fills[top.id]!)).toBeLessThan(luminance(fills[shown[0]!.id]!));
    expect(await page.getByTestId('map-legend').textContent()).toMatch(/Actors/);
  });

  it('hovering a region shows its figures, and the level switch redraws the regions of that level', async () => {
    await page.goto(`${url}/map?level=2&focus=BE&flows=0&lang=en`);
    const be21 = page.locator('path[data-id="BE21"]');
    await be21.waitFor(within);
    await be21.hover();
    await expect.poll(() => page.getByTestId('map-tooltip').textContent(), within).toMatch(/Prov\. Antwerpen\s*BE21.*Actors: \d+/);
    await page.getByRole('radio', { name: 'NUTS 1' }).check();
    await expect.poll(() => page.locator('[data-layer="regions"] path[data-id]').count(), within).toBe(125);
    expect(new URL(page.url()).searchParams.get('level')).toBe('1');
  });

  it('the legend never covers the regions: Iberia is drawn beside it at 1440×900 and 1024×700', async () => {
    for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${url}/map?level=2&lang=en`);
      await page.locator('path[data-id="ES61"]').waitFor(within);
      await expect.poll(() => page.locator('[data-testid="map-legend"] [data-class]').count(), within).toBeGreaterThan(0);
      const legend = (await page.getByTestId('map-legend').boundingBox())!;
      // Mainland Spain and Portugal, from Galicia to the Algarve and Andalusia.
      for (const id of ['ES11', 'ES43', 'ES61', 'PT11', 'PT15']) {
        const r = (await boxOf(page, `path[data-id="${id}"]`))!;
        const apart = r.x >= legend.x + legend.width || r.x + r.width <= legend.x || r.y >= legend.y + legend.height || r.y + r.height <= legend.y;
        expect(apart, `${id} at ${width}×${height}`).toBe(true);
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('exports the map as SVG and PNG with its legend, the filters in force and the attribution', async () => {
    await page.goto(`${url}/map?level=2&measure=actors&sector=Sector%3Asector-chemistry&sectorLabel=Chemie&lang=en`);
    await page.locator('path[data-id="BE21"]').waitFor(within);
    await expect.poll(() => page.locator('[data-testid="map-legend"] [data-class]').count(), within).toBeGreaterThan(0);
    const classes = await page.locator('[data-testid="map-legend"] [data-class]').count();

    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svgFile.suggestedFilename()).toBe('helix-map-nuts2-actors-Sector_sector-chemistry.svg');
    const svg = await readFile((await svgFile.path())!, 'utf8');
    expect(svg).toMatch(/<title>Map of Actors by NUTS 2 region \(sector Chemie\)<\/title>/);
    const legend = svg.slice(svg.indexOf('data-testid="map-legend"'));
    expect(legend).toMatch(/>Actors</);
    expect(legend).toMatch(/sector Chemie/);
    expect(legend.match(/data-class="/g)?.length).toBe(classes);
    expect(svg).toMatch(/© EuroGeographics for the administrative boundaries/);

    // The PNG, at twice the pixels: the legend's first swatch has its class colour, and the attribution's corner holds text.
    const map = (await page.getByTestId('map').boundingBox())!;
    const swatch = (await boxOf(page, '[data-testid="map-legend"] [data-class="0"] rect'))!;
    const attribution = (await page.getByTestId('map-attribution').boundingBox())!;
    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
    const png = (await readFile((await pngFile.path())!)).toString('base64');
    const seen = await page.evaluate(
      async ({ png, at, box }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const [r, g, b] = ctx.getImageData(at.x, at.y, 1, 1).data;
        const hex = `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
        const text = ctx.getImageData(box.x, box.y, box.width, box.height).data;
        let dark = 0;
        for (let i = 0; i < text.length; i += 4) if (text[i]! < 150) dark++;
        return { width: img.width, height: img.height, swatch: hex, dark };
      },
      {
        png,
        at: { x: Math.round((swatch.x - map.x + swatch.width / 2) * 2), y: Math.round((swatch.y - map.y + swatch.height / 2) * 2) },
        box: { x: Math.round((attribution.x - map.x) * 2), y: Math.round((attribution.y - map.y) * 2), width: Math.round(attribution.width * 2), height: Math.round(attribution.height * 2) },
      },
    );
    expect(seen.width).toBe(Math.round(map.width * 2));
    const fill = await page.locator('[data-testid="map-legend"] [data-class="0"] rect').getAttribute('fill');
    expect(PALETTE as readonly string[]).toContain(fill);
    expect(seen.swatch).toBe(fill);
    expect(seen.dark).toBeGreaterThan(50);
  });

  it('speaks Dutch in the Dutch interface', async () => {
    await page.goto(`${url}/map?level=2&lang=nl`);
    await page.locator('path[data-id="BE21"]').waitFor(within);
    expect(await page.getByText('Maatstaf').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('map-legend').textContent(), within).toMatch(/Actoren.*Kwantielklassen.*Geen actoren/);
  });
});
