import type { CordisPlace } from './errors.ts';

// What the CORDIS readers (publisher.ts for the publisher's archives, tidy.ts for the older tidy
// extract) hand the connector, whatever the layout they read.

export type Programme = 'fp7' | 'h2020' | 'horizon';

export const PROGRAMMES: Record<Programme, { code: string; name: string; policy: string; year: number }> = {
  fp7: { code: 'FP7', name: 'Seventh Framework Programme (FP7)', policy: 'fp7', year: 2007 },
  h2020: { code: 'H2020', name: 'Horizon 2020', policy: 'h2020', year: 2014 },
  horizon: { code: 'HORIZON', name: 'Horizon Europe', policy: 'horizon-europe', year: 2021 },
};

/** The programme a CORDIS `frameworkProgramme` value, or an archive's or folder's name, names. */
export function programmeOf(text: string): Programme | undefined {
  const t = text.toUpperCase();
  if (/FP7/.test(t)) return 'fp7';
  if (/H2020/.test(t)) return 'h2020';
  if (/HORIZON/.test(t)) return 'horizon';
  return undefined;
}

export interface OrganisationRecord {
  pic: string;
  name?: string;
  shortName?: string;
  activityType?: string;
  /** As CORDIS prints it (EL, UK). */
  country?: string;
  city?: string;
  nutsCode?: string;
  lat?: number;
  lon?: number;
  /** A natural person (Horizon Europe publishes some): counted, never stored with name or place. */
  natural: boolean;
  /** The publisher's contentUpdateDate of the row: the latest row describes the organisation. */
  updated?: string;
}

export interface ParticipationRecord {
  programme: Programme;
  project: string;
  /** The project's acronym as organization.csv repeats it. */
  projectAcronym?: string;
  org: OrganisationRecord;
  role: string;
  ecContribution?: number;
  place: CordisPlace;
}

export interface ProjectRecord {
  programme: Programme;
  id: string;
  acronym?: string;
  title?: string;
  status?: string;
  start?: string;
  end?: string;
  totalCost?: number;
  ecMaxContribution?: number;
  legalBasis?: string;
  topics?: string;
  fundingScheme?: string;
  /** The programme parts the project is funded under (legal basis, or the tidy extract's parts). */
  parts: string[];
}

export interface InputSummary {
  input: string;
  layout: 'publisher' | 'tidy';
  programmes: Programme[];
  files: { file: string; rows: number }[];
  /** Tables of the archive the import does not read. */
  unusedTables: string[];
  contentFrom?: string;
  contentTo?: string;
}

export interface CordisSink {
  project(p: ProjectRecord): void;
  participation(p: ParticipationRecord): void;
}
