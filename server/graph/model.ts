import { NODE_LABELS, type NodeLabel, type RelType } from '../../contract/enums.ts';

// The graph schema of DESIGN.md as data: the closed lists that user-chosen labels and
// relationship types are checked against, and the endpoints each relationship type allows.

export {
  ACTOR_KINDS,
  HELICES,
  NODE_LABELS,
  POLICY_KINDS,
  POLICY_LEVELS,
  REGION_LEVELS,
  REL_TYPES,
  SECTOR_KINDS,
  type Helix,
  type NodeLabel,
  type RelType,
} from '../../contract/enums.ts';

/** Relationship types and the labels each may connect (from → to). */
export const RELATIONSHIPS = {
  COLLABORATES_WITH: { from: ['Actor'], to: ['Actor'] },
  MEMBER_OF: { from: ['Actor'], to: ['Actor'] },
  FOUNDED: { from: ['Actor'], to: ['Actor', 'Project'] },
  ACTIVE_IN: { from: ['Actor'], to: ['Sector'] },
  DEVELOPS: { from: ['Actor'], to: ['Technology'] },
  ENABLED_BY: { from: ['Sector'], to: ['Technology'] },
  PART_OF: { from: ['Sector', 'Region', 'Policy'], to: ['Sector', 'Region', 'Policy'] },
  RELATED_TO: { from: ['Sector'], to: ['Sector'] },
  LOCATED_IN: { from: ['Actor', 'Project'], to: ['Region'] },
  PARTICIPATES_IN: { from: ['Actor'], to: ['Project'] },
  TARGETS: { from: ['Project'], to: ['Sector'] },
  USES: { from: ['Project'], to: ['Technology'] },
  FUNDED_BY: { from: ['Project'], to: ['Policy', 'Actor'] },
  ISSUED: { from: ['Actor'], to: ['Policy'] },
  COVERS: { from: ['Policy'], to: ['Region'] },
  PRIORITISES: { from: ['Policy'], to: ['Sector', 'Technology'] },
  OF_SECTOR: { from: ['Observation'], to: ['Sector'] },
  IN_REGION: { from: ['Observation'], to: ['Region'] },
  // An imported actor that is the same organisation as one already in the graph (entity resolution).
  SAME_AS: { from: ['Actor'], to: ['Actor'] },
  MENTIONED_IN: { from: NODE_LABELS.filter((l) => l !== 'Document'), to: ['Document'] },
} as const satisfies Record<RelType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;

/** PART_OF joins nodes of one label only (a sector to a sector, a region to a region). */
export const SAME_LABEL_TYPES: readonly RelType[] = ['PART_OF'];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return value in RELATIONSHIPS;
}
