import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

// Samples of the Belgian CORDIS H2020 extract kept with the tests (tests/fixtures/cordis): the
// first 40 projects in the older tidy layout (tidy-sample) and the same projects in the
// publisher's layout (official-sample), and cuts of them for tests.

export const CORDIS = 'tests/fixtures/cordis/tidy-sample';
export const CORDIS_OFFICIAL = 'tests/fixtures/cordis/official-sample';
export const CORDIS_PUBLISHER_SAMPLE = 'tests/fixtures/cordis/publisher-sample';
export const CORDIS_ARCHIVES_SAMPLE = 'tests/fixtures/cordis/archives';

export interface CordisSample {
  files: { name: string; text: string }[];
  projects: string[];
  participations: string[];
  organisations: Set<string>;
}

/** Plain CSV lines split on commas: the CORDIS extract has no quoted fields. */
const lines = async (file: string) => (await readFile(path.join(CORDIS, file), 'utf8')).trimEnd().split('\n');

/** The first `count` (at most 40) projects of the extract with their participations and organisation names. */
export async function cordisSample(count: number): Promise<CordisSample> {
  const [projectHeader, ...projectRows] = await lines('projects.csv');
  const projects = projectRows.slice(0, count);
  const rcns = new Set(projects.map((l) => l.split(',')[0]));
  const [orgHeader, ...orgRows] = await lines('organizations.csv');
  const participations = orgRows.filter((l) => rcns.has(l.split(',')[0]));
  const organisations = new Set(participations.map((l) => l.split(',')[1]!));
  const [nameHeader, ...nameRows] = await lines('organization-names.csv');
  return {
    files: [
      { name: 'projects.csv', text: [projectHeader, ...projects].join('\n') },
      { name: 'organizations.csv', text: [orgHeader, ...participations].join('\n') },
      { name: 'organization-names.csv', text: [nameHeader, ...nameRows.filter((l) => organisations.has(l.split(',')[0]!))].join('\n') },
    ],
    projects,
    participations,
    organisations,
  };
}

export async function writeCordisSample(dir: string, count: number): Promise<CordisSample> {
  const sample = await cordisSample(count);
  for (const f of sample.files) await writeFile(path.join(dir, f.name), f.text);
  return sample;
}

const execFileAsync = promisify(execFile);

/**
 * The sample rows zipped as the publisher ships them (organization.csv at the archive's root,
 * beside tables the import does not read), one archive per programme, built with the system's
 * `zip` command; `edit` may change a programme's rows first. Answers the archives' paths by name.
 */
export async function zipPublisherSample(dir: string, edit: (programme: string, text: string) => string = (_, text) => text): Promise<Map<string, string>> {
  const archives = new Map<string, string>();
  for (const programme of (await readdir(CORDIS_PUBLISHER_SAMPLE)).sort()) {
    const staging = await mkdtemp(path.join(dir, 'staging-'));
    await writeFile(path.join(staging, 'organization.csv'), edit(programme, await readFile(path.join(CORDIS_PUBLISHER_SAMPLE, programme, 'organization.csv'), 'utf8')));
    // A table of the real archives the import does not read: only its header here.
    await writeFile(path.join(staging, 'topics.csv'), '"projectID";"topic";"title"\n');
    const zip = path.join(dir, `${programme}.zip`);
    await execFileAsync('zip', ['-j', '-q', zip, path.join(staging, 'organization.csv'), path.join(staging, 'topics.csv')]);
    archives.set(`${programme}.zip`, zip);
  }
  return archives;
}
