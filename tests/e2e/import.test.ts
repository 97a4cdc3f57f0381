import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import type { ImportTemplates } from '../../contract/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { cordisSample, zipPublisherSample } from '../support/cordis.ts';
import { snapshot } from '../support/db.ts';
import { fetchJson, startSeededServer, startTestServer } from '../support/http.ts';

// Issue 4, the UI way in: drop files, read the dry-run report, import with a progress bar, read the
// summary; a broken spreadsheet is refused with file, row, column and value; templates download.

const TOKEN = 'import-e2e-token-24chars';
const EXAMPLES = 'seeds/examples';

/** "1 row", "12 rows": how the view counts rows. */
const rowsText = (n: number) => (n === 1 ? '1 row' : `${n} rows`);

/** Drops files on the drop zone the way a browser does: a drop event carrying a real DataTransfer. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const zone = await page.getByTestId('dropzone').elementHandle();
  await page.evaluate(
    ([el, list]) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/csv' }));
      el!.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
      el!.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      el!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    [zone, files] as const,
  );
}

/** The columns docs/import-format.md lists for one file, with "base" spelled out. */
async function documentedColumns(file: string): Promise<string[]> {
  const doc = await readFile('docs/import-format.md', 'utf8');
  const clean = (cells: string) => cells.split(',').map((c) => c.replaceAll('*', '').trim());
  const base = /^"base" is (.+?)\.$/m.exec(doc)![1]!;
  const row = new RegExp(`^\\| \`${file}\` \\| [^|]+ \\| ([^|]+) \\|$`, 'm').exec(doc)![1]!;
  return clean(row).flatMap((c) => (c === 'base' ? clean(base) : [c]));
}

describe('the Import view in a real browser', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let tmp: string;
  beforeAll(async () => {
    ({ db, server } = await startSeededServer({ HELIX_API_TOKEN: TOKEN }));
    browser = await launchBrowser();
    tmp = await mkdtemp(path.join(os.tmpdir(), 'helix-import-e2e-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('checks the dropped sample files without writing, then imports them with progress and a summary', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/import`);
    await page.getByLabel('API token').fill(TOKEN);

    const names = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.csv')).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(EXAMPLES, name), 'utf8') })));
    // Data rows per file: the sample cells hold no line breaks, so lines minus the header.
    const rows = Object.fromEntries(files.map((f) => [f.name, f.text.trim().split('\n').length - 1]));
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    await dropFiles(page, files);
    await expect.poll(() => page.getByTestId('dropzone').textContent()).toContain(names.join(', '));
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    expect(await importButton.isDisabled()).toBe(true);

    const before = await snapshot(db);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await expect.poll(() => page.getByTestId('import-report').locator('h3').textContent()).toBe(`Ready: ${total} rows in ${names.length} files are valid`);
    const listed = await page.getByTestId('import-report').locator('li').allTextContents();
    expect(listed).toHaveLength(names.length);
    expect(listed).toContain(`actors.csv: ${rowsText(rows['actors.csv']!)} → Actor`);
    expect(listed).toContain(`collaborates_with.csv: ${rowsText(rows['collaborates_with.csv']!)} → COLLABORATES_WITH`);
    for (const name of names) expect(listed.some((l) => l.startsWith(`${name}: ${rowsText(rows[name]!)} → `))).toBe(true);
    expect(await page.getByTestId('import-report').locator('table.problems').count()).toBe(0);
    expect(await page.getByTestId('import-job').count()).toBe(0);
    // The dry run wrote nothing.
    expect(await snapshot(db)).toEqual(before);

    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expect.poll(() => progress.count()).toBe(1);
    await expect.poll(() => progress.getAttribute('value'), { timeout: 15_000 }).toBe('100');
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.locator('caption').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^Imported ${total} rows in \\d+\\.\\d s \\(\\d+ rows/s\\)$`));
    expect(await summary.locator('thead').textContent()).toBe('Label or typeCreatedUpdatedUnchanged');
    const table = await summary.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    // Nothing of the sample set is in the seeds: every row is created.
    expect(table).toContainEqual(['Actor', String(rows['actors.csv']), '0', '0']);
    expect(table).toContainEqual(['Project', String(rows['projects.csv']), '0', '0']);
    expect(table).toContainEqual(['COLLABORATES_WITH', String(rows['collaborates_with.csv']), '0', '0']);
    expect(table.every(([, , updated, unchanged]) => updated === '0' && unchanged === '0')).toBe(true);
    expect(await page.getByTestId('import-job').textContent()).toContain('100 %');
    expect(await page.getByRole('alert').count()).toBe(0);

    const [actor] = await db.read<{ name: string; helix: string }>("MATCH (a:Actor {id: 'metaalwerken-geel'})-[:MEMBER_OF]->(:Actor {id: 'cluster-maakindustrie'}) RETURN a.name AS name, a.helix AS helix");
    expect(actor).toEqual({ name: 'Metaalwerken Geel NV', helix: 'industry' });
    expect(await snapshot(db)).not.toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a broken spreadsheet with file, row, column and value, offers no import, and writes nothing', async () => {
    const broken = path.join(tmp, 'actors.csv');
    await writeFile(
      broken,
      ['id,name,helix,kind,country', 'acme-one,Acme One,industry,company,BE', 'acme-two,Acme Two,industri,company,BE', 'acme-one,Acme One again,industry,company,BE', ''].join('\n'),
    );
    const before = await snapshot(db);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/import`);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByLabel('Choose files').setInputFiles(broken);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();

    await expect.poll(() => page.getByTestId('import-report').locator('h3').textContent()).toBe('2 problems; nothing was written');
    // One compact message in plain words, the count with a correct plural, the server's wording folded.
    const alert = page.getByRole('alert');
    expect(await alert.locator('.ui-error-title').textContent()).toBe('The files have problems; nothing was written');
    expect(await alert.textContent()).toContain('2 problems; nothing was written');
    expect(await alert.locator('details').getAttribute('open')).toBeNull();
    const problems = await page
      .getByTestId('import-report')
      .locator('table.problems tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    expect(problems).toHaveLength(2);
    const helix = problems.find((p) => p[2] === 'helix');
    expect(helix?.slice(0, 4)).toEqual(['actors.csv', '3', 'helix', 'industri']);
    expect(helix?.[4]).not.toBe('');
    const duplicate = problems.find((p) => p[2] === 'id');
    expect(duplicate?.slice(0, 4)).toEqual(['actors.csv', '4', 'id', 'acme-one']);
    expect(duplicate?.[4]).toContain('duplicate id');

    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByTestId('import-job').count()).toBe(0);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.read("MATCH (a:Actor) WHERE a.id STARTS WITH 'acme-' RETURN a.id AS id")).toEqual([]);
    await page.close();
  });

  it('downloads a template per file whose header row is the one docs/import-format.md gives', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/import`);
    // A link per file the API has a template for.
    const { status, body } = await fetchJson<ImportTemplates>(`${server.url}/api/import/templates`);
    expect(status).toBe(200);
    await page.getByTestId('import-templates').locator('a[download]').first().waitFor();
    expect((await page.locator('a[download]').allTextContents()).map((t) => t.trim()).sort()).toEqual([...body.files].sort());
    // Beside each, what it holds and its columns, the required ones in bold, as validation reads them.
    const row = page.getByTestId('import-templates').locator('tr', { has: page.getByRole('link', { name: 'collaborates_with.csv', exact: true }) });
    expect(await row.locator('code').textContent()).toBe('COLLABORATES_WITH');
    const served = body.templates.find((f) => f.file === 'collaborates_with.csv')!.columns;
    expect(await row.locator('.template-columns > *').allTextContents()).toEqual(served.map((c) => c.name));
    expect(await row.locator('.template-columns strong').allTextContents()).toEqual(['from', 'to', 'sources', 'evidence']);
    expect(served.filter((c) => c.required).map((c) => c.name)).toEqual(['from', 'to', 'sources', 'evidence']);
    for (const file of ['actors', 'sectors', 'participates_in']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `${file}.csv`, exact: true }).click()]);
      expect(download.suggestedFilename()).toBe(`${file}.csv`);
      const csv = await readFile((await download.path())!, 'utf8');
      const header = csv.split(/\r?\n/)[0]!.split(',');
      if (file === 'participates_in') {
        // A relationship file: the common link columns, then the type's own properties.
        expect([...header].sort()).toEqual(['from', 'to', 'sources', 'evidence', 'inferred', 'reason', 'role', 'ecContribution'].sort());
      } else {
        expect([...header].sort()).toEqual((await documentedColumns(file)).sort());
      }
    }
    // The sample rows of seeds/examples come with the template where there are some.
    const [actors] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'actors.csv', exact: true }).click()]);
    expect(await readFile((await actors.path())!, 'utf8')).toBe(await readFile(path.join(EXAMPLES, 'actors.csv'), 'utf8'));
    await page.close();
  });

  it('imports a CORDIS sample through the view: a dry run with its counts and pairs, then the import', async () => {
    const { files, projects: sample, participations, organisations: orgIds } = await cordisSample(30);

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/import`);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByLabel(/CORDIS projects archives/).check();
    await dropFiles(page, files);
    const before = await snapshot(db);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await expect
      .poll(() => page.getByTestId('import-cordis').textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`CORDIS: ${orgIds.size} organisations, ${sample.length} projects, ${participations.length} participations; [\\d,]+ collaboration pairs`));
    expect(await snapshot(db)).toEqual(before);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-summary').locator('caption').textContent(), { timeout: 60_000 }).toMatch(/^Imported [\d,]+ rows/);
    const [counts] = await db.read<{ actors: number; projects: number }>(
      "MATCH (a:Actor) WHERE a.id STARTS WITH 'cordis-' AND NOT a.id STARTS WITH 'cordis-project-' WITH count(a) AS actors MATCH (p:Project) WHERE p.id STARTS WITH 'cordis-project-' RETURN actors, count(p) AS projects",
    );
    expect(counts).toEqual({ actors: orgIds.size, projects: sample.length });
    await page.close();
  });
  it('imports the CORDIS zip archives chosen in the view and shows their summary: counts, tables not used, anonymous participants, old NUTS codes', async () => {
    // One organisation moved to BE221 (Arr. Hasselt before NUTS 2021), a code of an older NUTS version.
    const older = (programme: string, text: string) => (programme === 'cordis-h2020projects-csv' ? text.replace('"UK";"UKI31"', '"BE";"BE221"') : text);
    const archives = await zipPublisherSample(await mkdtemp(path.join(tmp, 'zips-')), older);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/import`);
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByLabel(/CORDIS projects archives/).check();
    await page.getByLabel('Choose files').setInputFiles([...archives.values()]);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await expect.poll(() => page.getByTestId('import-cordis').textContent(), { timeout: 30_000 }).toContain('CORDIS: 9 organisations');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-summary').locator('caption').textContent(), { timeout: 60_000 }).toMatch(/^Imported [\d,]+ rows/);

    const inputs = await page.getByTestId('import-cordis-inputs').locator('li').allTextContents();
    expect(inputs).toHaveLength(3);
    expect(inputs[0]).toMatch(/^cordis-fp7projects-csv\.zip \(FP7\): organization\.csv 1 row; updated .*; not used: topics\.csv$/);
    expect(inputs[1]).toMatch(/^cordis-h2020projects-csv\.zip \(H2020\): organization\.csv 8 rows; .*not used: topics\.csv$/);
    expect(inputs[2]).toMatch(/^cordis-HORIZONprojects-csv\.zip \(HORIZON\): organization\.csv 2 rows; .*not used: topics\.csv$/);
    const notes = (await page.getByTestId('import-cordis').textContent())!;
    expect(notes).toContain('CORDIS: 9 organisations, 11 projects, 10 participations');
    expect(notes).toContain('Natural persons: 1 participations counted in their projects, not imported');
    expect(notes).toMatch(/Places: \d+ organisations in NUTS regions; 1 NUTS codes older than NUTS 2021 kept as given \(BE221\)/);

    const [iccs] = await db.read<{ name: string; projects: number }>("MATCH (a:Actor {pic: '999654356'}) RETURN a.name AS name, COUNT { (a)-[:PARTICIPATES_IN]->() } AS projects");
    expect(iccs).toEqual({ name: 'EREVNITIKO PANEPISTIMIAKO INSTITOUTO SYSTIMATON EPIKOINONION KAI YPOLOGISTON', projects: 2 });
    await page.close();
  });
});
