import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appInBrowser, type AppInBrowser } from '../support/browser.ts';
import { periodFixtureServer, type PeriodFixtureServer } from '../support/period-fixture.ts';

// The period in the browser, on the seeds plus the period fixture (tests/fixtures/period: one
// region whose projects run in known years): the shell's period control narrowing a view and
// following the person to the next, the play button stepping through the years on one canvas, the
// comparison of two periods showing what /api/compare answers, and the small multiples' downloads.

const REGION = 'Region:periodia';
const within = { timeout: 30_000 };

interface Graph {
  nodes: { data: { id: string } }[];
  edges: { data: { id: string } }[];
}
interface CompareAnswer {
  a: { summary: { actors: number }; stats: { crossShare: number | null; totals: { ties: number } } };
  b: { summary: { actors: number }; stats: { crossShare: number | null; totals: { ties: number } } };
  difference: { matrix: Record<string, Record<string, number>> };
  ties: Record<'gained' | 'lost' | 'strengthened' | 'weakened', { count: number; ties: { sourceLabel: string; targetLabel: string }[] }> & { kept: number };
  elements: { nodes: unknown[]; edges: { data: { change: string } }[] };
}

type Positions = Record<string, { x: number; y: number }>;
const canvasNodes = (page: Page) => page.evaluate(() => (window as unknown as { cy?: { nodes: () => { length: number } } }).cy?.nodes().length ?? -1);
const positions = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: { nodes: () => { map: <T>(f: (n: { id: () => string; position: () => { x: number; y: number } }) => T) => T[] } } }).cy;
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])) as Positions;
  });
const periodInUrl = (page: Page) => new URL(page.url()).searchParams.get('period');

describe('periods in a real browser', () => {
  let app: AppInBrowser;
  let page: Page;
  let url: string;
  let api: PeriodFixtureServer['get'];

  beforeAll(async () => {
    const served = await periodFixtureServer();
    api = served.get;
    app = await appInBrowser(served, { timeoutMs: 30_000 });
    ({ page, url } = { page: app.page, url: app.server.url });
  }, 400_000);
  afterAll(() => app?.close());

  it('typing years or moving the slider narrows the view, writes the period into the link, and the next view keeps it', async () => {
    const th = (period?: string) => api<Graph>(`/api/triple-helix?scope=region&id=${REGION}${period ? `&period=${period}` : ''}`);
    await page.goto(`${url}/triple-helix?scope=region&id=${encodeURIComponent(REGION)}&lang=en`);
    const all = await th();
    await expect.poll(() => canvasNodes(page), within).toBe(all.nodes.length);
    // the histogram behind the slider has a bar per year of the data, with its counts
    const activity = await api<{ years: { year: number; projects: number; participations: number }[] }>('/api/activity/years');
    const bars = page.getByTestId('period-slider').locator('.ui-range-bars span');
    expect(await bars.count()).toBe(activity.years[activity.years.length - 1]!.year - activity.years[0]!.year + 1);
    const y2019 = activity.years.find((y) => y.year === 2019)!;
    expect(await bars.nth(2019 - activity.years[0]!.year).getAttribute('title')).toBe(`2019: ${y2019.projects} projects, ${y2019.participations} participations`);

    // typed: 2014 to 2015, before the firm of P3 and P4 (2018–2020) took part
    await page.getByTestId('period-from').fill('2014');
    await page.getByTestId('period-to').fill('2015');
    await expect.poll(() => periodInUrl(page), within).toBe('2014-2015');
    const early = await th('2014-2015');
    expect(early.nodes.length).toBeLessThan(all.nodes.length);
    await expect.poll(() => canvasNodes(page), within).toBe(early.nodes.length);

    // the slider's last-year thumb, moved one year back from the keyboard as a drag would
    await page.getByRole('slider', { name: 'Last year' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => periodInUrl(page), within).toBe('2014');
    const first = await th('2014');
    expect(first.nodes.length).toBeLessThan(early.nodes.length);
    await expect.poll(async () => canvasNodes(page), within).toBe(first.nodes.length);

    // the next view opens in the same period
    await page.getByRole('navigation').getByRole('link', { name: 'Cross-sector' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/cross-sector');
    expect(periodInUrl(page)).toBe('2014');
    const cross = await api<Graph>('/api/cross-sector?level=sector&period=2014');
    await expect.poll(() => page.getByTestId('summary').textContent(), within).toBe(`${cross.nodes.length} nodes · ${cross.edges.length} links`);
    expect(await page.getByTestId('period-from').inputValue()).toBe('2014');
    expect(await page.getByTestId('period-to').inputValue()).toBe('2014');
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('the next-year and play buttons step through the years on the same canvas: kept nodes stay where they were', async () => {
    const th = (year: number) => api<Graph>(`/api/triple-helix?scope=region&id=${REGION}&period=${year}`);
    await page.goto(`${url}/triple-helix?scope=region&id=${encodeURIComponent(REGION)}&period=2014&lang=en`);
    await expect.poll(() => canvasNodes(page), within).toBe((await th(2014)).nodes.length);
    await expect.poll(() => page.evaluate(() => (window as unknown as { helixCanvas?: { state: string } }).helixCanvas?.state), within).toBe('ready');
    // a mark on this canvas: a new scene would be a new Cytoscape core without it
    await page.evaluate(() => ((window as unknown as { cy: Record<string, unknown> }).cy.stepMark = true));
    const steps: { year: number; at: Positions }[] = [{ year: 2014, at: await positions(page) }];

    const stepped = async (year: number) => {
      await expect.poll(() => periodInUrl(page), within).toBe(String(year));
      const expected = await th(year);
      await expect.poll(async () => (await positions(page)) && canvasNodes(page), within).toBe(expected.nodes.length);
      await expect.poll(async () => Object.keys(await positions(page)).sort(), within).toEqual(expected.nodes.map((n) => n.data.id).sort());
      expect(await page.evaluate(() => (window as unknown as { cy: Record<string, unknown> }).cy.stepMark)).toBe(true);
      steps.push({ year, at: await positions(page) });
    };
    await page.getByTestId('period-next').click();
    await stepped(2015);
    await page.getByTestId('period-play').click();
    await stepped(2016);
    await stepped(2017);
    await page.getByTestId('period-play').click(); // pause

    let kept = 0;
    for (let i = 1; i < steps.length; i++) {
      const [before, after] = [steps[i - 1]!.at, steps[i]!.at];
      for (const id of Object.keys(after).filter((k) => k in before)) {
        expect(after[id], `${id} from ${steps[i - 1]!.year} to ${steps[i]!.year}`).toEqual(before[id]);
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('the compare view shows the numbers /api/compare answers for its link, and colours gained and lost ties apart with a legend', async () => {
    const link = `scope=region&id=${encodeURIComponent(REGION)}&a=2014-2016&b=2018-2020`;
    const answer = await api<CompareAnswer>(`/api/compare?${link}`);
    await page.goto(`${url}/compare?${link}&lang=en`);
    await page.getByTestId('compare-figures').waitFor(within);
    const text = (id: string) => page.getByTestId(id).textContent();
    const percent = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
    expect(await text('fig-actors-a')).toBe(String(answer.a.summary.actors));
    expect(await text('fig-actors-b')).toBe(String(answer.b.summary.actors));
    expect(await text('fig-ties-a')).toBe(String(answer.a.stats.totals.ties));
    expect(await text('fig-cross-share-a')).toBe(percent(answer.a.stats.crossShare));
    expect(await text('fig-cross-share-b')).toBe(percent(answer.b.stats.crossShare));
    for (const list of ['gained', 'lost', 'strengthened', 'weakened'] as const) {
      expect(await text(`ties-${list}-count`), list).toBe(String(answer.ties[list].count));
      for (const tie of answer.ties[list].ties.slice(0, 8)) expect(await text(`ties-${list}`)).toContain(`${tie.sourceLabel} – ${tie.targetLabel}`);
    }
    expect(await text('ties-kept')).toBe(String(answer.ties.kept));
    const diff = await page.getByTestId('matrix-diff').locator('tbody td').allTextContents();
    const expected = Object.values(answer.difference.matrix).flatMap((row) => Object.values(row).map((n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0')));
    expect(diff).toEqual(expected);

    // one picture: every tie of either period, coloured by what happened to it, and a legend saying so
    await expect.poll(() => page.evaluate(() => (window as unknown as { cy?: { edges: () => { length: number } } }).cy?.edges().length), within).toBe(answer.elements.edges.length);
    const looks = await page.evaluate(() => {
      const cy = (window as unknown as { cy: { edges: (s: string) => { length: number; first: () => { style: (p: string) => string } } } }).cy;
      return Object.fromEntries(
        ['gained', 'lost', 'kept'].map((c) => {
          const edges = cy.edges(`[change = "${c}"]`);
          return [c, edges.length ? { colour: edges.first().style('line-color'), dash: edges.first().style('line-style') } : null];
        }),
      );
    });
    expect(looks.gained).toEqual({ colour: 'rgb(0,114,178)', dash: 'solid' });
    expect(looks.lost).toEqual({ colour: 'rgb(213,94,0)', dash: 'dashed' });
    expect(looks.kept?.colour).toBe('rgb(163,169,177)');
    const legend = page.getByTestId('compare-legend');
    expect(await legend.locator('li').allTextContents()).toEqual([
      `gained: only in B (${answer.elements.edges.filter((e) => e.data.change === 'gained').length})`,
      `lost: only in A (dashed) (${answer.elements.edges.filter((e) => e.data.change === 'lost').length})`,
      `kept: in both (${answer.elements.edges.filter((e) => e.data.change === 'kept').length})`,
    ]);
    const strokes = await legend.locator('line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke')));
    expect(strokes).toEqual(['#0072B2', '#D55E00', '#a3a9b1']);

    // in Dutch, the same view in Dutch words
    await page.goto(`${url}/compare?${link}&lang=nl`);
    await page.getByTestId('compare-figures').waitFor(within);
    expect(await page.getByTestId('ties-gained').locator('h3').textContent()).toBe('Nieuw');
    expect(await page.getByTestId('compare-legend').locator('h3').textContent()).toBe('Banden van A naar B');
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('the small multiples download as SVG and CSV holding the figures of each year', async () => {
    const series = await api<{ years: { year: number; actors: number; ties: number; crossTies: number; crossShare: number | null; ei: number | null }[] }>(
      `/api/triple-helix/years?scope=region&id=${REGION}&period=2014-2020`,
    );
    await page.goto(`${url}/compare?scope=region&id=${encodeURIComponent(REGION)}&a=2014-2016&b=2018-2020&lang=en`);
    await page.getByTestId('helix-years').waitFor(within);
    const downloaded = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
      return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
    };
    const csv = await downloaded('years-csv');
    expect(csv.name).toBe('helix-years-region-Region_periodia.csv');
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe('year,actors,ties,crossTies,crossShare,ei');
    expect(rows.slice(1)).toEqual(series.years.map((y) => [y.year, y.actors, y.ties, y.crossTies, y.crossShare ?? '', y.ei ?? ''].join(',')));

    const svg = await downloaded('years-svg');
    expect(svg.name).toBe('helix-years-region-Region_periodia.svg');
    expect(svg.text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // one dot per year and figure that has a value, each titled with its year
    const shares = series.years.filter((y) => y.crossShare !== null);
    const dots = [...svg.text.matchAll(/<title>(\d{4}): ([^<]*)<\/title>/g)].map((m) => `${m[1]}: ${m[2]}`);
    for (const y of shares) expect(dots).toContain(`${y.year}: ${Math.round(y.crossShare! * 100)}%`);
    for (const y of series.years) expect(dots).toContain(`${y.year}: ${y.actors}`);
    expect(svg.text).toContain('>2014<');
    expect(svg.text).toContain('>2020<');
  }, 120_000);
  it('the partner finder asks within the period of the link: a firm met only in later projects is not suggested in 2014–2016', async () => {
    const asker = 'Actor:period-gov-1';
    const firm = 'Actor:period-firm-2';
    const listed = () => page.getByTestId('partner-list').locator(':scope > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    await page.goto(`${url}/partners?actors=${encodeURIComponent(asker)}&lang=en`);
    await expect.poll(listed, within).toContain(firm);

    const [request] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/api/partners') && r.method() === 'POST'), page.goto(`${url}/partners?actors=${encodeURIComponent(asker)}&period=2014-2016&lang=en`)]);
    expect(request.postDataJSON()).toMatchObject({ actor: asker, period: '2014-2016' });
    await expect.poll(listed, within).not.toContain(firm);
    await expect.poll(listed, within).not.toEqual([]);
  }, 120_000);
});
