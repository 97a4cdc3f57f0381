import { mkdir, readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELIX_NAMES } from '../../client/src/canvas/helix.ts';
import { emitOn, seededAppInBrowser, type AppInBrowser } from '../support/browser.ts';

// The Paths, Sector profile and Cross-sector views and the exports, in headless Chromium against the real app and Neo4j.

const UA = 'Actor:universiteit-antwerpen';
const within = { timeout: 15_000 };
type Scene = { nodes: { data: { id: string; label: string; type: string } }[]; edges: { data: { id: string; source: string; target: string; type: string; weight?: number } }[] };
type Cy = {
  $: (s: string) => { map: (f: (e: { id: () => string }) => string) => string[] };
};
const canvasReady = (page: Page) => page.evaluate(() => (window as unknown as { helixCanvas?: { state: string } }).helixCanvas?.state);
const ids = (page: Page, selector: string) => page.evaluate((s) => (window as unknown as { cy: Cy }).cy.$(s).map((e) => e.id()).sort(), selector);

describe('the paths, sector profile and cross-sector views in a real browser', () => {
  let app: AppInBrowser;
  let server: AppInBrowser['server'];
  let page: Page;
  const api = async <T>(path: string, body?: unknown): Promise<T> =>
    (await (await fetch(`${server.url}${path}`, body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {})).json()) as T;

  beforeAll(async () => {
    app = await seededAppInBrowser();
    ({ server, page } = app);
    await mkdir('test-results', { recursive: true });
  });
  afterAll(() => app?.close());

  it('lists the paths between two actors and highlights the chosen one on the canvas', async () => {
    // an actor two steps from the university: a collaborator of one of its collaborators
    const near = await api<Scene>('/api/expand', { ids: [UA], hops: 1 });
    const nearIds = new Set(near.nodes.map((n) => n.data.id));
    const via = near.nodes.find((n) => n.data.type === 'Actor' && n.data.id !== UA)!.data.id;
    const far = (await api<Scene>('/api/expand', { ids: [via], hops: 1 })).nodes.find((n) => n.data.type === 'Actor' && !nearIds.has(n.data.id))!.data;

    // "find paths to…" opens the view with the start filled in; the person searches for the end
    await page.goto(`${server.url}/paths?from=${encodeURIComponent(UA)}`);
    await page.getByTestId('path-to').fill(far.label);
    await page.getByRole('option', { name: new RegExp(far.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().waitFor();
    await page.getByTestId('path-to').press('Enter');
    await expect.poll(() => page.url(), within).toContain(`to=${encodeURIComponent(far.id)}`);
    await expect.poll(() => page.getByTestId('path-list').locator('li').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const first = await page.getByTestId('path-list').locator('li').first().textContent();
    expect(first).toMatch(/Universiteit Antwerpen/);
    expect(first).toContain(far.label);
    await expect.poll(() => canvasReady(page), { timeout: 30_000 }).toBe('ready');
    // the listed path is the one highlighted: its ends are among the highlighted nodes, linked by highlighted links
    const lit = await ids(page, 'node.highlighted');
    expect(lit).toEqual(expect.arrayContaining([UA, far.id]));
    expect((await ids(page, 'edge.highlighted')).length).toBe(lit.length - 1);
    await page.screenshot({ path: 'test-results/paths.png' });

    // choosing another path moves the highlight (when there is another)
    const count = await page.getByTestId('path-list').locator('li').count();
    if (count > 1) {
      const before = await ids(page, 'node.highlighted, edge.highlighted');
      await page.getByTestId('path-list').locator('li').nth(1).getByRole('button').click();
      await expect.poll(() => page.url(), within).toContain('path=1');
      await expect.poll(() => ids(page, 'node.highlighted, edge.highlighted'), within).not.toEqual(before);
    }
  }, 120_000);

  it('shows a sector profile with its key figures as charts and the policy alignment heat map', async () => {
    await page.goto(`${server.url}/sectors?id=${encodeURIComponent('Sector:sector-chemistry')}`);
    const profile = page.getByTestId('profile');
    await expect.poll(() => profile.locator('h2').textContent(), within).toMatch(/chem/i);
    await expect.poll(() => profile.getByTestId('figure-group').count(), within).toBeGreaterThan(0);
    // each key figure has its value and, where it is a number, a bar
    expect(await profile.getByTestId('figure-group').first().locator('.figure-value').count()).toBeGreaterThan(0);
    expect(await profile.getByTestId('figure-group').first().locator('.bar').count()).toBeGreaterThan(0);
    // the actors-by-helix bars read the numbers the triple-helix view counts for the same sector
    const view = await api<{ stats: { actors: Record<string, number> } }>(`/api/triple-helix?scope=sector&id=${encodeURIComponent('Sector:sector-chemistry')}`);
    const expected = Object.entries(view.stats.actors)
      .filter(([, n]) => n > 0)
      .map(([h, n]) => `${HELIX_NAMES[h]} ${n}`)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    const helixChart = profile.locator('figure.chart', { has: page.locator('figcaption', { hasText: 'Actors by helix' }) });
    const bars = async () => (await helixChart.locator('svg g').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')))).sort();
    await expect.poll(bars, within).toEqual(expected);
    const heatmap = page.getByTestId('heatmap');
    await expect.poll(() => heatmap.locator('tbody tr').count(), within).toBeGreaterThan(0);
    expect(await heatmap.locator('thead th').count()).toBeGreaterThan(1);
    // some cells are coloured: a policy level prioritises a sector
    const coloured = await heatmap.locator('td').evaluateAll((tds) => tds.filter((td) => (td as HTMLElement).style.background !== '').length);
    expect(coloured).toBeGreaterThan(0);
    // a sector with an English name is headed by it in the English interface, and the matrix fits its panel
    const alignment = await api<{ columns: { label: string; labelEn: string | null }[] }>('/api/alignment');
    const named = alignment.columns.findIndex((c) => c.labelEn !== null && c.labelEn !== c.label);
    expect(named).toBeGreaterThanOrEqual(0);
    expect(await heatmap.locator('thead th').nth(named + 1).textContent()).toBe(alignment.columns[named]!.labelEn);
    // the columns stay as narrow as their cells; scrolled to the last sector, the policy names stay in view beside it
    const scroll = heatmap.locator('.heatmap-scroll');
    const widths = await heatmap.evaluate((el) => ({ header: el.querySelector('thead th.rotate')!.getBoundingClientRect().width, cell: el.querySelector('tbody td')!.getBoundingClientRect().width }));
    expect(widths.header).toBeLessThanOrEqual(widths.cell + 1);
    await scroll.evaluate((el) => el.scrollBy({ left: el.scrollWidth }));
    const shown = await heatmap.evaluate((el) => {
      const box = el.querySelector('.heatmap-scroll')!.getBoundingClientRect();
      const last = [...el.querySelectorAll('thead th.rotate')].pop()!.getBoundingClientRect();
      const name = el.querySelector('tbody th')!.getBoundingClientRect();
      return { last: last.left >= box.left && last.right <= box.right + 1, name: name.left >= box.left - 1 && name.right <= box.right };
    });
    expect(shown).toEqual({ last: true, name: true });
    await page.screenshot({ path: 'test-results/sector-profile.png', fullPage: true });
  });

  it('shows which actors two sectors share when a link between them is clicked', async () => {
    const cross = await api<Scene>('/api/cross-sector');
    const byId = new Map(cross.nodes.map((n) => [n.data.id, n.data.label]));
    const link = cross.edges.filter((e) => e.data.type === 'SHARES').sort((a, b) => Number(b.data.weight ?? 0) - Number(a.data.weight ?? 0))[0]!.data;
    await page.goto(`${server.url}/cross-sector`);
    await expect.poll(() => canvasReady(page), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => page.getByTestId('shared').textContent(), within).toMatch(/./);
    await emitOn(page, link.id, 'tap');
    const shared = page.getByTestId('shared');
    await expect.poll(() => shared.locator('h2').textContent(), within).toContain(byId.get(link.source)!);
    await expect.poll(() => shared.locator('ul.shared-list').first().locator('li').count(), within).toBeGreaterThan(0);
    expect(await shared.textContent()).toContain(byId.get(link.target)!);
    await page.screenshot({ path: 'test-results/cross-sector-shared.png' });
  });

  it('exports the scene as GraphML, CSV and SVG', async () => {
    const scene = await api<Scene>('/api/cross-sector');
    const exportAs = async (label: string, count = 1) => {
      const files: Download[] = [];
      const collect = (d: Download) => files.push(d);
      page.on('download', collect);
      await page.getByTestId('export').locator('summary').click();
      await page.getByRole('button', { name: label, exact: true }).click();
      await expect.poll(() => files.length, within).toBe(count);
      page.off('download', collect);
      const out: Record<string, string> = {};
      for (const d of files) {
        const file = `test-results/${d.suggestedFilename()}`;
        await d.saveAs(file);
        out[d.suggestedFilename()] = await readFile(file, 'utf8');
      }
      await page.getByTestId('export').locator('summary').click();
      return out;
    };
    const graphml = await exportAs('GraphML');
    expect(Object.keys(graphml)).toEqual(['helix-cross-sector-sector.graphml']);
    const xml = Object.values(graphml)[0]!;
    expect(xml).toMatch(/<graphml[\s\S]*<graph [^>]*edgedefault=/);
    expect(xml.match(/<node /g)?.length).toBe(scene.nodes.length);
    expect(xml.match(/<edge /g)?.length).toBe(scene.edges.length);

    const csv = await exportAs('CSV', 2);
    const nodes = csv['helix-cross-sector-sector-nodes.csv']!;
    const edges = csv['helix-cross-sector-sector-edges.csv']!;
    expect(nodes.trim().split('\n')).toHaveLength(scene.nodes.length + 1);
    expect(edges.trim().split('\n')).toHaveLength(scene.edges.length + 1);
    expect(nodes).toContain(scene.nodes[0]!.data.label);

    const svg = Object.values(await exportAs('SVG'))[0]!;
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\s*$/);
    // every sector is drawn with its name
    for (const n of scene.nodes.filter((x) => x.data.type === 'Sector').slice(0, 5)) expect(svg).toContain(`>${n.data.label.slice(0, 20)}`);
    expect(svg.length).toBeGreaterThan(2000);
    expect(app.errors).toEqual([]);
  });
});
