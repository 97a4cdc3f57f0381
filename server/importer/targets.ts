import { NODE_LABELS, RELATIONSHIPS, type NodeLabel, type RelType } from '../graph/model.ts';

// Which label or relationship type an import file holds, from its name: one file per label
// (actors.csv, regions.json, …) or per relationship type (participates_in.csv, part_of.json, …).

export type ImportTarget = { kind: 'node'; label: NodeLabel } | { kind: 'link'; type: RelType };

export const NODE_FILE_NAMES: Record<NodeLabel, string> = {
  Actor: 'actors',
  Sector: 'sectors',
  Technology: 'technologies',
  Region: 'regions',
  Policy: 'policies',
  Project: 'projects',
  Document: 'documents',
  Observation: 'observations',
};

/** Link types a file may hold; OF_SECTOR, IN_REGION and MENTIONED_IN come from node rows. */
export const IMPORT_LINK_TYPES = (Object.keys(RELATIONSHIPS) as RelType[]).filter(
  (t) => !['MENTIONED_IN', 'OF_SECTOR', 'IN_REGION'].includes(t),
);

export const FORMATS = ['csv', 'json'] as const;
export type ImportFormat = (typeof FORMATS)[number];

/** Every file name the import understands, without extension. */
export const TARGET_NAMES: string[] = [...NODE_LABELS.map((l) => NODE_FILE_NAMES[l]), ...IMPORT_LINK_TYPES.map((t) => t.toLowerCase())];

export function targetOf(fileName: string): { target: ImportTarget; format: ImportFormat } | { error: string } {
  const match = /^(?:.*[\\/])?([a-z_]+)\.(csv|json)$/i.exec(fileName);
  if (!match) return { error: 'must be a .csv or .json file named after a label or relationship type (e.g. actors.csv, participates_in.csv)' };
  const base = match[1]!.toLowerCase();
  const format = match[2]!.toLowerCase() as ImportFormat;
  const label = NODE_LABELS.find((l) => NODE_FILE_NAMES[l] === base);
  if (label) return { target: { kind: 'node', label }, format };
  const type = IMPORT_LINK_TYPES.find((t) => t.toLowerCase() === base);
  if (type) return { target: { kind: 'link', type }, format };
  return { error: `"${base}" is not a label or relationship type of the schema; file names are ${TARGET_NAMES.join(', ')}` };
}

export const targetName = (t: ImportTarget): string => (t.kind === 'node' ? t.label : t.type);
