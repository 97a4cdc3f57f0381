import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { launchBrowser } from '../support/browser.ts';
import { testDb, wipe } from '../support/db.ts';
import { startTestServer } from '../support/http.ts';

// Issue 6, point 8: above a threshold (2,000 nodes) the client asks before drawing and offers to
// group the scene. The triple-helix view of scope "all" draws every actor, so 2,500 actors make it
// large.

const ACTORS = 2500;
// An uneven split, so each group's count says which group it is.
const HELIX_COUNTS = { industry: 1000, academia: 600, government: 500, intermediary: 250, civil_society: 150 } as const;
const KIND = { industry: 'company', academia: 'university', government: 'government_body', intermediary: 'cluster_organisation', civil_society: 'federation' } as const;
const within = { timeout: 15_000 };
const drawing = { timeout: 90_000 };

type Cy = { nodes: () => { length: number; map: <T>(f: (n: { id: () => string; data: (k: string) => unknown }) => T) => T[] }; edges: () => { length: number } };
const cyCount = (page: Page) => page.evaluate(() => (window as unknown as { cy?: Cy }).cy?.nodes().length ?? 0);
const canvasState = (page: Page) => page.evaluate(() => (window as unknown as { helixCanvas?: { state: string; nodes: number } }).helixCanvas ?? null);
const groups = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { cy: Cy }).cy
      .nodes()
      .map((n) => ({ id: n.id(), type: String(n.data('type')), label: String(n.data('label')), helix: n.data('helix') as string | undefined, count: Number(n.data('count')), size: Number(n.data('_size')), members: (n.data('members') as string[]).length })),
  );

describe('a large scene in a real browser', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const errors: string[] = [];
  const scene = { nodes: 0, edges: 0 };

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => errors.push(e.message));
    return page;
  };

  beforeAll(async () => {
    db = testDb();
    await wipe(db);
    await applySchema(db);
    // 2,500 actors in five helices, in a ring of collaborations with a chord every tenth actor.
    const bounds = Object.entries(HELIX_COUNTS).reduce<{ helix: string; kind: string; upTo: number }[]>((acc, [helix, n]) => [...acc, { helix, kind: KIND[helix as keyof typeof KIND], upTo: (acc.at(-1)?.upTo ?? 0) + n }], []);
    await db.writeCypher(
        `UNWIND range(0, $n - 1) AS i
         WITH i, [b IN $bounds WHERE i < b.upTo][0] AS b
         CREATE (:Actor { id: 'large-' + toString(i), name: 'Large actor ' + toString(i), helix: b.helix, kind: b.kind })
         WITH count(*) AS made
         MATCH (a:Actor) WHERE a.id STARTS WITH 'large-'
         WITH a, toInteger(substring(a.id, 6)) AS i
         MATCH (b:Actor { id: 'large-' + toString(i + 1) })
         CREATE (a)-[:COLLABORATES_WITH { weight: 1 + i % 3 }]->(b)
         WITH a, i WHERE i % 10 = 0
         MATCH (c:Actor { id: 'large-' + toString(i + 50) })
         CREATE (a)-[:COLLABORATES_WITH { weight: 1 }]->(c)`,
        { n: ACTORS, bounds },
    );
    server = await startTestServer(db, { HELIX_RESULT_LIMIT: '5000' });
    const answer = (await (await fetch(`${server.url}/api/triple-helix?scope=all`)).json()) as { nodes: unknown[]; edges: unknown[] };
    scene.nodes = answer.nodes.length;
    scene.edges = answer.edges.length;
    browser = await launchBrowser();
    await mkdir('test-results', { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('serves a scene above the threshold', () => {
    expect(scene.nodes).toBe(ACTORS);
    expect(scene.edges).toBe(ACTORS - 1 + 245);
  });

  it('asks before drawing, then groups the scene by helix with each group counting its members', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/triple-helix?scope=all`);
    const dialog = page.getByTestId('big-scene');
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.textContent()).toMatch(/2[,.\s\u202f]?500 nodes/);
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Draw all', 'Group by helix', 'Group by sector', 'Group by community']);
    // nothing is drawn while the question is open
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await cyCount(page)).toBe(0);
    await page.screenshot({ path: 'test-results/explorer-large-ask.png' });

    await dialog.getByRole('button', { name: 'Group by helix' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('agg'), within).toBe('helix');
    await expect.poll(() => page.getByTestId('big-scene').count(), within).toBe(0);
    await expect.poll(() => cyCount(page), drawing).toBe(Object.keys(HELIX_COUNTS).length);
    await expect.poll(async () => (await canvasState(page))?.state, drawing).toBe('ready');
    const drawn = await groups(page);
    expect(drawn.length).toBeLessThanOrEqual(10);
    expect(Object.fromEntries(drawn.map((g) => [g.helix, g.count]))).toEqual(HELIX_COUNTS);
    for (const g of drawn) {
      expect(g.type).toBe('Group');
      expect(g.label).toBe(`${g.helix} (${g.count})`);
      expect(g.members).toBe(g.count);
    }
    expect(drawn.reduce((s, g) => s + g.count, 0)).toBe(ACTORS);
    // a group is drawn as large as it has members: the sizes follow the counts, 14 px to 56 px
    const sizesByCount = async () => (await groups(page)).sort((a, b) => b.count - a.count).map((g) => g.size);
    await expect.poll(async () => (await sizesByCount())[0], within).toBe(56);
    const sizes = await sizesByCount();
    expect(sizes.at(-1)).toBe(14);
    expect(sizes.every((v, i) => i === 0 || v < sizes[i - 1]!)).toBe(true);
    // links between the groups stand for the links between their members
    expect(await page.evaluate(() => (window as unknown as { cy: Cy }).cy.edges().length)).toBeGreaterThan(0);
    expect(await page.locator('.aggregated').textContent()).toContain('Grouped by helix: 5 groups.');
    await page.screenshot({ path: 'test-results/explorer-large-grouped.png' });

    // the grouping is in the link: a reload reopens the groups without asking again
    await page.reload();
    await expect.poll(() => cyCount(page), drawing).toBe(5);
    expect(await page.getByTestId('big-scene').count()).toBe(0);

    // "Show all nodes" draws the whole scene
    await page.locator('.aggregated').getByRole('button', { name: 'Show all nodes' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('draw'), within).toBe('all');
    await expect.poll(() => cyCount(page), drawing).toBe(scene.nodes);
    await page.close();
  }, 240_000);

  it('draws every node when asked to', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/triple-helix?scope=all`);
    await page.getByTestId('big-scene').getByRole('button', { name: 'Draw all' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('draw'), within).toBe('all');
    await expect.poll(() => cyCount(page), drawing).toBe(scene.nodes);
    await expect.poll(async () => (await canvasState(page))?.state, drawing).toBe('ready');
    expect(await page.evaluate(() => (window as unknown as { cy: Cy }).cy.edges().length)).toBe(scene.edges);
    expect((await canvasState(page))?.nodes).toBe(scene.nodes);
    await page.screenshot({ path: 'test-results/explorer-large-all.png' });
    // the link says to draw all: a reload draws without asking
    await page.reload();
    await expect.poll(() => cyCount(page), drawing).toBe(scene.nodes);
    expect(await page.getByTestId('big-scene').count()).toBe(0);
    await page.close();
  }, 240_000);

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
