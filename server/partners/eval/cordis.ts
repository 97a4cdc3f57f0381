import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import type { Helix } from '../../graph/model.ts';

// The CORDIS extract in the tidy layout (organizations.csv, projects.csv, organization-names.csv) read straight from its
// CSV files, streaming, independent of the importer.

export interface CordisOrganisation {
  id: string;
  name: string;
  helix: Helix;
  country?: string;
  nuts3?: string;
}

export interface CordisProject {
  rcn: string;
  year: number;
  parts: string[];
  members: string[];
}

export interface Cordis {
  organisations: Map<string, CordisOrganisation>;
  projects: CordisProject[];
}

/** CORDIS organisation types as helices. */
export const HELIX_OF_TYPE: Record<string, Helix> = {
  HES: 'academia',
  REC: 'academia',
  PRC: 'industry',
  PUB: 'government',
  OTH: 'intermediary',
};

async function* rows(file: string): AsyncGenerator<Record<string, string>> {
  const parser = createReadStream(file).pipe(parse({ columns: true, skip_empty_lines: true, relax_column_count: true }));
  for await (const row of parser) yield row as Record<string, string>;
}

export async function readCordis(folder: string): Promise<Cordis> {
  for (const f of ['organizations.csv', 'projects.csv']) {
    if (!existsSync(path.join(folder, f))) throw new Error(`${folder} has no ${f}: expected a CORDIS extract with organizations.csv, projects.csv and organization-names.csv`);
  }
  const projects = new Map<string, CordisProject>();
  for await (const r of rows(path.join(folder, 'projects.csv'))) {
    const year = Number((r.startDate ?? '').slice(0, 4));
    if (!r.rcn || !Number.isInteger(year) || year < 1900) continue;
    projects.set(r.rcn, { rcn: r.rcn, year, parts: (r.programmeParts ?? '').split(';').map((s) => s.trim()).filter(Boolean), members: [] });
  }
  const organisations = new Map<string, CordisOrganisation>();
  for await (const r of rows(path.join(folder, 'organizations.csv'))) {
    const project = projects.get(r.projectRcn ?? '');
    const id = r.organisationID;
    if (!project || !id) continue;
    project.members.push(id);
    if (!organisations.has(id)) {
      organisations.set(id, { id, name: id, helix: HELIX_OF_TYPE[r.activityType ?? ''] ?? 'intermediary', ...(r.country ? { country: r.country } : {}) });
    }
  }
  const names = path.join(folder, 'organization-names.csv');
  if (existsSync(names)) {
    for await (const r of rows(names)) {
      const org = organisations.get(r.organisationID ?? '');
      if (!org) continue;
      if (r.name) org.name = r.name;
      if (r.nuts3Code) org.nuts3 = r.nuts3Code;
    }
  }
  return { organisations, projects: [...projects.values()] };
}
