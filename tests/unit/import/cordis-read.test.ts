import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { cordisImport, participationsOf, readCordis, type CordisImport } from '../../../server/importer/cordis/connector.ts';

// The CORDIS readers over the publisher's real sample rows (tests/fixtures/cordis/publisher-sample:
// 11 rows verbatim from the FP7, H2020 and Horizon Europe archives, and the same rows zipped in
// archives/), one test per quirk of the layout, and the errors a bad archive gets.

const FIXTURES = 'tests/fixtures/cordis';
const SAMPLE = path.join(FIXTURES, 'publisher-sample');
const ARCHIVES = path.join(FIXTURES, 'archives');
const H2020 = 'cordis-h2020projects-csv';
const HORIZON = 'cordis-HORIZONprojects-csv';
const FP7 = 'cordis-fp7projects-csv';

/** The connector asks the graph for known regions, actors and documents; an empty graph answers nothing. */
const emptyGraph = { read: async () => [] } as unknown as GraphDb;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'helix-cordis-read-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** A folder named like an archive holding the given organization.csv text (and project.csv, if given). */
async function folder(name: string, organisation: string, project?: string): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmp, 'case-')), name);
  await mkdir(dir);
  await writeFile(path.join(dir, 'organization.csv'), organisation);
  if (project !== undefined) await writeFile(path.join(dir, 'project.csv'), project);
  return dir;
}

const sampleText = (programme: string) => readFile(path.join(SAMPLE, programme, 'organization.csv'), 'utf8');
const rowsOf = async (c: CordisImport, name: string) => {
  const source = c.sources.find((s) => s.name === name)!;
  const out: Record<string, unknown>[] = [];
  for await (const r of source.rows()) if ('record' in r) out.push(r.record);
  return out;
};

describe('the publisher layout, read from the sample rows', () => {
  let all: CordisImport;
  beforeAll(async () => {
    all = await cordisImport(emptyGraph, [path.join(SAMPLE, H2020), path.join(SAMPLE, HORIZON), path.join(SAMPLE, FP7)]);
  });

  it('reads zip archives as downloaded exactly as their unpacked folders', async () => {
    const zipped = await readCordis([ARCHIVES].map((p) => ({ name: 'archives', path: p })));
    const unpacked = await readCordis([H2020, HORIZON, FP7].map((p) => ({ name: `${p}.zip`, path: path.join(SAMPLE, p) })));
    const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(zipped.summaries).toEqual(unpacked.summaries);
    expect(sorted([...zipped.orgs])).toEqual(sorted([...unpacked.orgs]));
    const participations = (r: typeof zipped) => [...participationsOf(r)].map(({ project, ...p }) => ({ ...p, project: project.id, programme: project.programme }));
    expect(sorted(participations(zipped))).toEqual(sorted(participations(unpacked)));
    expect(zipped.summaries.map((s) => [s.input, s.programmes, s.files])).toEqual([
      [`${FP7}.zip`, ['fp7'], [{ file: 'organization.csv', rows: 1 }]],
      [`${H2020}.zip`, ['h2020'], [{ file: 'organization.csv', rows: 8 }]],
      [`${HORIZON}.zip`, ['horizon'], [{ file: 'organization.csv', rows: 2 }]],
    ]);
  });

  it('splits ";"-separated, quoted fields, names every organisation, and keys projects by programme', async () => {
    const actors = await rowsOf(all, 'cordis: organisations');
    expect(actors.find((a) => a.id === 'cordis-999905974')).toMatchObject({ name: 'THE WELLCOME TRUST LIMITED', city: 'London', helix: 'industry' });
    expect(actors.every((a) => !String(a.name).startsWith('Organisation '))).toBe(true);
    const projects = (await rowsOf(all, 'cordis: projects')).map((p) => p.id);
    expect(projects).toContain('cordis-project-fp7-314056');
    expect(projects).toContain('cordis-project-h2020-632927');
    expect(projects).toContain('cordis-project-horizon-101060884');
  });

  it('stores the ISO country beside CORDIS EL and UK, and keeps codes such as XK', async () => {
    const actors = await rowsOf(all, 'cordis: organisations');
    expect(actors.find((a) => a.id === 'cordis-999643007')).toMatchObject({ country: 'GR', cordisCountry: 'EL' });
    expect(actors.find((a) => a.id === 'cordis-999905974')).toMatchObject({ country: 'GB', cordisCountry: 'UK' });
    const kosovo = actors.find((a) => a.id === 'cordis-941324376')!;
    expect(kosovo.country).toBe('XK');
    expect(kosovo.cordisCountry).toBeUndefined();
  });

  it('reads the decimal comma of the participant totalCost and the decimal points elsewhere', async () => {
    // "960619,95" in totalCost does not stop the import; netEcContribution "528340.97" has a point.
    const parts = await rowsOf(all, 'cordis: participations');
    expect(parts.find((p) => p.from === 'cordis-999643007')).toMatchObject({ role: 'thirdParty', ecContribution: 0 });
    expect(parts.find((p) => p.from === 'cordis-928228018')).toMatchObject({ ecContribution: 284812.5 });
    const text = (await sampleText(H2020)).replace('"284812.5";"284812.5";"406875"', '"284812,5";"284812.5";"406875"');
    const comma = await cordisImport(emptyGraph, [await folder(H2020, text)]);
    expect((await rowsOf(comma, 'cordis: participations')).find((p) => p.from === 'cordis-928228018')).toMatchObject({ ecContribution: 284812.5 });
  });

  it('places organisations by NUTS-3 code, by a country-only code, or by country when the code is empty', async () => {
    const located = new Map((await rowsOf(all, 'cordis: located in')).map((l) => [l.from, l.to]));
    expect(located.get('cordis-999643007')).toBe('nuts-el303');
    expect(located.get('cordis-941324376')).toBe('country-xk');
    expect(located.get('cordis-998296065')).toBe('country-gh');
    const regions = new Map((await rowsOf(all, 'cordis: countries and NUTS regions')).map((r) => [r.id, r]));
    expect(regions.get('nuts-el303')).toMatchObject({ name: 'Kentrikos Tomeas Athinon', level: 'nuts3', nutsLevel: 3, country: 'GR' });
    const up = new Map((await rowsOf(all, 'cordis: programme parts and regions (part of)')).map((l) => [l.from, l.to]));
    expect([up.get('Region:nuts-el303'), up.get('Region:nuts-el30'), up.get('Region:nuts-el3')]).toEqual(['Region:nuts-el30', 'Region:nuts-el3', 'Region:country-gr']);
    expect(all.stats.oldNutsCodes).toBe(0);
  });

  it('keeps a code of an older NUTS version as given and counts it', async () => {
    // BE221 (Arr. Hasselt before NUTS 2021, now BE224); the row is the Wellcome Trust's, moved there.
    const text = (await sampleText(H2020)).replace('"UK";"UKI31"', '"BE";"BE221"');
    const old = await cordisImport(emptyGraph, [await folder(H2020, text)]);
    expect(old.oldNutsCodes).toEqual(['BE221']);
    expect(old.stats.oldNutsCodes).toBe(1);
    expect((await rowsOf(old, 'cordis: countries and NUTS regions')).find((r) => r.id === 'nuts-be221')).toMatchObject({ name: 'BE221', code: 'BE221', country: 'BE' });
    const up = (await rowsOf(old, 'cordis: programme parts and regions (part of)')).find((l) => l.from === 'Region:nuts-be221');
    expect(up?.to).toBe('Region:nuts-be22');
  });

  it('stores the geolocation "lat,lon" as a point (longitude x, latitude y)', async () => {
    const wellcome = (await rowsOf(all, 'cordis: organisations')).find((a) => a.id === 'cordis-999905974')!;
    expect(wellcome.location).toMatchObject({ srid: 4326, x: -0.13394298, y: 51.525895694 });
  });

  it('keeps every role, thirdParty included', async () => {
    const roles = new Set((await rowsOf(all, 'cordis: participations')).map((p) => p.role));
    expect([...roles].sort()).toEqual(['coordinator', 'participant', 'partner', 'thirdParty']);
  });

  it('imports a natural person without name or place, counted in the project', async () => {
    const actors = await rowsOf(all, 'cordis: organisations');
    expect(actors.some((a) => a.id === 'cordis-868955877' || String(a.name).includes('CORDOVA'))).toBe(false);
    expect((await rowsOf(all, 'cordis: projects')).find((p) => p.id === 'cordis-project-horizon-101298715')).toMatchObject({ anonymousParticipants: 1 });
    expect(all.stats.naturalPersonParticipations).toBe(1);
  });

  it('makes one actor of a PIC found in FP7 and Horizon Europe, as its latest row describes it', async () => {
    const actors = (await rowsOf(all, 'cordis: organisations')).filter((a) => a.id === 'cordis-999654356');
    expect(actors).toHaveLength(1);
    expect(actors[0]!.location).toMatchObject({ y: 37.988257282, x: 23.730574512 });
    const projects = (await rowsOf(all, 'cordis: participations')).filter((p) => p.from === 'cordis-999654356').map((p) => p.to);
    expect(projects.sort()).toEqual(['cordis-project-fp7-314056', 'cordis-project-horizon-101060884']);
  });

  it('reads a quoted field that spans lines', async () => {
    const text = (await sampleText(H2020)).replace('"EUSTON ROAD 215 GIBBS BUILDING"', '"EUSTON ROAD 215\nGIBBS BUILDING"').replace('"THE WELLCOME TRUST LIMITED"', '"THE WELLCOME\nTRUST LIMITED"');
    const c = await cordisImport(emptyGraph, [await folder(H2020, text)]);
    expect((await rowsOf(c, 'cordis: organisations')).find((a) => a.id === 'cordis-999905974')).toMatchObject({ name: 'THE WELLCOME\nTRUST LIMITED' });
    expect(c.stats.participations).toBe(8);
  });

  it('reads columns by name, whatever their order and whether others are there', async () => {
    const rows = (await sampleText(H2020)).trimEnd().split('\n').map((l) => l.slice(1, -1).split('";"'));
    const header = rows[0]!;
    const keep = ['name', 'organisationID', 'role', 'country', 'projectID', 'nutsCode'];
    const text = rows.map((r) => keep.map((c) => `"${r[header.indexOf(c)]}"`).join(';')).join('\n');
    const c = await cordisImport(emptyGraph, [await folder(H2020, `${text}\n`)]);
    expect((await rowsOf(c, 'cordis: organisations')).find((a) => a.id === 'cordis-999905974')).toMatchObject({ name: 'THE WELLCOME TRUST LIMITED', country: 'GB' });
    expect(c.stats.participations).toBe(8);
  });

  it('reads project.csv by name: dates, amounts, status, legal basis as programme parts, and lists tables it does not use', async () => {
    const project = [
      '"id";"acronym";"status";"title";"startDate";"endDate";"totalCost";"ecMaxContribution";"legalBasis";"topics";"frameworkProgramme";"fundingScheme";"contentUpdateDate"',
      '"632927";"ERC-EuropePMC-1-2014";"CLOSED";"Europe PMC";"2014-07-01";"2019-06-30";"230000";"230000";"H2020-EU.1.1.";"ERC-SUPPORT-2014";"H2020";"CSA";"2022-08-01 10:00:00"',
    ].join('\n');
    const text = (await sampleText(H2020)).split('\n').slice(0, 2).join('\n');
    const dir = await folder('some-copy', text, project);
    await writeFile(path.join(dir, 'topics.csv'), '"projectID";"topic"\n');
    const c = await cordisImport(emptyGraph, [dir]);
    expect((await rowsOf(c, 'cordis: projects'))[0]).toMatchObject({
      id: 'cordis-project-h2020-632927', name: 'ERC-EuropePMC-1-2014', title: 'Europe PMC', status: 'CLOSED', start: '2014-07-01', end: '2019-06-30', totalCost: 230000, fundingScheme: 'CSA', legalBasis: 'H2020-EU.1.1.',
    });
    expect((await rowsOf(c, 'cordis: funded by')).map((l) => l.to)).toEqual(['h2020', 'h2020-eu-1-1']);
    expect((await rowsOf(c, 'cordis: participations'))[0]).toMatchObject({ since: 2014, until: 2019 });
    expect(c.inputs[0]).toMatchObject({ programmes: ['h2020'], unusedTables: ['topics.csv'], contentFrom: '2018-07-19', contentTo: '2022-08-01' });
  });
});

describe('a bad CORDIS archive stops the import with its place', () => {
  it('a missing required column names archive, file, row and column', async () => {
    const text = (await sampleText(H2020)).replace('"organisationID"', '"orgID"');
    await expect(readCordis([{ name: `${H2020}.zip`, path: await folder(H2020, text) }])).rejects.toThrow(`${H2020}.zip, organization.csv, row 1, column organisationID: the required column organisationID is missing`);
  });

  it('a comma-separated file is refused as not CORDIS', async () => {
    const text = (await sampleText(H2020)).replaceAll('";"', '","');
    await expect(readCordis([{ name: H2020, path: await folder(H2020, text) }])).rejects.toThrow(`${H2020}, organization.csv, row 1: CORDIS files are separated by ";", this one is not`);
  });

  it('a truncated zip is not a readable archive', async () => {
    const bytes = await readFile(path.join(ARCHIVES, `${H2020}.zip`));
    const dir = await mkdtemp(path.join(tmp, 'zip-'));
    await writeFile(path.join(dir, `${H2020}.zip`), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readCordis([{ name: `${H2020}.zip`, path: path.join(dir, `${H2020}.zip`) }])).rejects.toThrow(`${H2020}.zip: is not a readable zip archive`);
  });

  it('an unknown programme is refused, in project.csv or when nothing names one', async () => {
    const text = await sampleText(H2020);
    const fp6 = '"id";"frameworkProgramme"\n"632927";"FP6"\n';
    await expect(readCordis([{ name: 'download', path: await folder('download', text, fp6) }])).rejects.toThrow('download, project.csv, row 2, column frameworkProgramme: unknown programme "FP6"');
    await expect(readCordis([{ name: 'download', path: await folder('download', text) }])).rejects.toThrow('download, organization.csv, row 2, column projectID: the programme is unknown');
  });

  it('a row with a broken quote names its row', async () => {
    const text = (await sampleText(H2020)).replace('"COMET GLOBAL INNOVATION, SL"', '"COMET "GLOBAL" INNOVATION, SL"');
    await expect(readCordis([{ name: H2020, path: await folder(H2020, text) }])).rejects.toThrow(new RegExp(`^${H2020}, organization.csv, row 9: cannot be read as CSV`));
  });

  it('an amount that is not a number names row and column', async () => {
    const text = (await sampleText(H2020)).replace('"284812.5";"284812.5"', '"lots";"284812.5"');
    await expect(readCordis([{ name: H2020, path: await folder(H2020, text) }])).rejects.toThrow(`${H2020}, organization.csv, row 9, column ecContribution: "lots" is not an amount in euro`);
  });

  it('a file that is neither an archive nor a folder is refused', async () => {
    const file = path.join(tmp, 'organization.txt');
    await copyFile(path.join(SAMPLE, H2020, 'organization.csv'), file);
    await expect(readCordis([{ name: 'organization.txt', path: file }])).rejects.toThrow('organization.txt: is neither a zip archive nor a folder');
  });
});
