import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { builtClientInBrowser } from '../support/built-client-browser.ts';
import { answerWithScene } from '../support/static-client.ts';

// The built client on synthetic scenes, its API answered by the test (as in the client-draw
// benchmark): the canvas itself, without Neo4j in the way.

const drawing = { timeout: 120_000 };

describe('the canvas on synthetic scenes', () => {
  const built = builtClientInBrowser();
  const errors: string[] = [];

  const open = async (nodes: number, query: string): Promise<Page> => {
    const scene = JSON.stringify(syntheticGraph({ nodes, edgesPerNode: 4 }));
    const page = await built.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await answerWithScene(page, scene);
    await page.goto(`${built.client.url}/?draw=all&all=1&${query}`);
    await page.waitForFunction(`window.helixCanvas?.state === 'ready' && window.helixCanvas.nodes === ${nodes}`, undefined, { ...drawing, polling: 100 });
    return page;
  };

  it.each([
    ['canvas', ''],
    ['WebGL', '&webgl=1'],
  ])('records when the %s renderer painted its first frame', async (_name, webgl) => {
    const page = await open(300, `layout=grid${webgl}`);
    // The WebGL renderer emits no 'render' event; the first frame must be recorded all the same.
    await page.waitForFunction(`typeof window.helixCanvas?.drawnAt === 'number'`, undefined, drawing);
    const t = (await page.evaluate('window.helixCanvas')) as { createdAt: number; drawnAt: number };
    expect(t.drawnAt).toBeGreaterThan(t.createdAt);
    await page.close();
    expect(errors).toEqual([]);
  }, 180_000);

  it('draws the nodes of a large scene first, then every link, saying how far the links are', async () => {
    const scene = JSON.stringify(syntheticGraph({ nodes: 3000, edgesPerNode: 4 }));
    const page = await built.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await answerWithScene(page, scene);
    // every text the canvas's progress line showed, however briefly
    await page.addInitScript(`window.__progress = [];
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="canvas-progress"]');
        if (p && window.__progress.at(-1) !== p.textContent) window.__progress.push(p.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });`);
    await page.goto(`${built.client.url}/?draw=all&all=1&layout=grid`);
    await page.waitForFunction(`window.helixCanvas?.state === 'ready' && typeof window.helixCanvas.completeAt === 'number'`, undefined, { ...drawing, polling: 100 });
    const shown = (await page.evaluate('window.__progress')) as string[];
    expect(shown.some((text) => /Drawing links: [\d,]+ of 12,000/.test(text))).toBe(true);
    expect(await page.evaluate('[window.cy.nodes().length, window.cy.edges().length]')).toEqual([3000, 12000]);
    // the filter panel counts the scene's actors per helix with the same digit grouping, adding up to the scene
    const helixCounts = await page.getByTestId('filters').locator('details').first().locator('.count').allTextContents();
    expect(helixCounts.some((c) => /^\d{1,3}(,\d{3})+$/.test(c))).toBe(true);
    expect(helixCounts.reduce((sum, c) => sum + Number(c.replaceAll(',', '')), 0)).toBe(3000);
    const t = (await page.evaluate('window.helixCanvas')) as { drawnAt: number; completeAt: number };
    expect(t.completeAt).toBeGreaterThan(t.drawnAt);
    await expect.poll(() => page.getByTestId('canvas-progress').count(), drawing).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  }, 240_000);

  it('selects the node a click on a large scene lands on, and shows it in the details', async () => {
    const page = await open(3000, 'layout=grid');
    // A node near the middle of the canvas, as the user sees it.
    const target = (await page.evaluate(`(() => {
      const cy = window.cy; const box = cy.container().getBoundingClientRect();
      const best = cy.nodes().toArray().map((n) => ({ id: n.id(), label: n.data('label'), p: n.renderedPosition() }))
        .sort((a, b) => Math.hypot(a.p.x - box.width / 2, a.p.y - box.height / 2) - Math.hypot(b.p.x - box.width / 2, b.p.y - box.height / 2))[0];
      return { id: best.id, label: best.label, x: box.left + best.p.x, y: box.top + best.p.y };
    })()`)) as { id: string; label: string; x: number; y: number };
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(`window.cy.$('node:selected').map((n) => n.id()).join() === ${JSON.stringify(target.id)}`, undefined, drawing);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(target.id);
    await expect.poll(() => page.getByTestId('details').locator('h2').textContent(), drawing).toContain(target.label);
    // A large scene draws the selection on its overlay: a ring around the node the user clicked.
    const ring = `(() => {
      const c = document.querySelector('[data-testid="canvas-overlay"]'); const box = c.getBoundingClientRect();
      const n = window.cy.getElementById(${JSON.stringify(target.id)}); const p = n.renderedPosition(); const r = Math.ceil(n.data('_size') * window.cy.zoom() / 2) + 4;
      const px = c.getContext('2d').getImageData(Math.round(p.x - r), Math.round(p.y - r), 2 * r, 2 * r).data;
      let dark = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 128 && px[i - 1] < 80) dark++;
      return dark;
    })()`;
    await expect.poll(() => page.evaluate(ring), drawing).toBeGreaterThan(0);
    await page.close();
    expect(errors).toEqual([]);
  }, 240_000);
  it('finds under the pointer the element Cytoscape’s own test over every element finds: on nodes, beside links, on the background', async () => {
    const page = await open(3000, 'layout=grid');
    const agreement = (await page.evaluate(`(() => {
      const cy = window.cy; const r = cy.renderer();
      // The large-scene test is the renderer's own property; Cytoscape's, over every element, is on its prototype.
      const every = Object.getPrototypeOf(r).findNearestElements;
      let seed = 7; const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      const nodes = cy.nodes(); const edges = cy.edges(); const box = cy.extent();
      const points = [];
      for (let i = 0; i < 40; i++) { const p = nodes[Math.floor(random() * nodes.length)].position(); points.push([p.x + (random() - 0.5) * 30, p.y + (random() - 0.5) * 30]); }
      for (let i = 0; i < 40; i++) {
        const e = edges[Math.floor(random() * edges.length)]; const s = e.source().position(); const t = e.target().position(); const f = 0.2 + random() * 0.6;
        points.push([s.x + f * (t.x - s.x) + (random() - 0.5) * 8 / cy.zoom(), s.y + f * (t.y - s.y) + (random() - 0.5) * 8 / cy.zoom()]);
      }
      for (let i = 0; i < 40; i++) points.push([box.x1 + random() * box.w, box.y1 + random() * box.h]);
      const id = (hits) => (hits[0] ? hits[0].id() : 'none');
      const results = points.map(([x, y]) => [id(r.findNearestElements(x, y, true, false)), id(every.call(r, x, y, true, false))]);
      return { same: results.filter(([a, b]) => a === b).length, nodes: results.filter(([a]) => cy.getElementById(a).isNode?.()).length, links: results.filter(([a]) => cy.getElementById(a).isEdge?.()).length, differ: results.filter(([a, b]) => a !== b).slice(0, 5) };
    })()`)) as { same: number; nodes: number; links: number; differ: string[][] };
    expect(agreement.differ).toEqual([]);
    expect(agreement.same).toBe(120);
    // The points found nodes and links both, so both kinds of answer were compared.
    expect(agreement.nodes).toBeGreaterThan(20);
    expect(agreement.links).toBeGreaterThan(20);
    await page.close();
    expect(errors).toEqual([]);
  }, 240_000);
});
