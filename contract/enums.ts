import { z } from 'zod';

// The closed lists of the graph schema (DESIGN.md, "Graph schema") that cross the wire: both the
// server's checks and the client's words are keyed by them.

export const NODE_LABELS = ['Actor', 'Sector', 'Technology', 'Region', 'Policy', 'Project', 'Document', 'Observation'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const HELICES = ['government', 'industry', 'academia', 'intermediary', 'civil_society'] as const;
export type Helix = (typeof HELICES)[number];

export const ACTOR_KINDS = [
  'company',
  'university',
  'college',
  'research_centre',
  'government_body',
  'agency',
  'cluster_organisation',
  'federation',
  'chamber',
  'incubator',
  'campus',
  'science_park',
  'consultancy',
  'education',
  'hospital',
  'network',
  'platform',
  'port_authority',
  'investment_fund',
  'ngo',
  'union',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SECTOR_KINDS = ['sector', 'subsector', 'value_chain', 'growth_pole', 'innovation_worksite', 'niche'] as const;

export const REGION_LEVELS = [
  'eu',
  'country',
  'region',
  'province',
  'subregion',
  'arrondissement',
  'city',
  'cross_border',
  'metropolitan',
  'nuts3',
  'site', // a named place inside a city: business park, port area, campus grounds
] as const;

export const POLICY_KINDS = ['strategy', 'plan', 'programme', 'fund', 'pact', 'roadmap', 'platform', 'study', 'initiative'] as const;

export const POLICY_LEVELS = ['eu', 'federal', 'regional', 'provincial', 'subregional', 'local'] as const;

/** Relationship types of the schema (their endpoints are in server/graph/model.ts). */
export const REL_TYPES = [
  'COLLABORATES_WITH',
  'MEMBER_OF',
  'FOUNDED',
  'ACTIVE_IN',
  'DEVELOPS',
  'ENABLED_BY',
  'PART_OF',
  'RELATED_TO',
  'LOCATED_IN',
  'PARTICIPATES_IN',
  'TARGETS',
  'USES',
  'FUNDED_BY',
  'ISSUED',
  'COVERS',
  'PRIORITISES',
  'OF_SECTOR',
  'IN_REGION',
  'SAME_AS',
  'MENTIONED_IN',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** The scopes a view of actors can be cut to, and the label of the node each names. */
export const SCOPES = ['all', 'sector', 'region', 'policy', 'project'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABEL = { sector: 'Sector', region: 'Region', policy: 'Policy', project: 'Project' } as const satisfies Record<Exclude<Scope, 'all'>, NodeLabel>;

export const nodeLabelSchema = z.enum(NODE_LABELS);
export const helixSchema = z.enum(HELICES);
export const actorKindSchema = z.enum(ACTOR_KINDS);
export const relTypeSchema = z.enum(REL_TYPES);
export const scopeSchema = z.enum(SCOPES);
