import type { Helix } from '../graph/model.ts';

// The plain data the partner finder scores: read from Neo4j by the service, or built from CORDIS
// files by the evaluation. Ids are element ids ("Actor:vito", "Sector:sector-chemistry").

export interface PartnerActor {
  id: string;
  name: string;
  helix?: Helix;
  kind?: string;
  country?: string;
  /** Not active in the period the graph was read for: it may ask, but is never a candidate. */
  outOfPeriod?: true;
}

/** A direct actor–actor link (COLLABORATES_WITH, MEMBER_OF, FOUNDED). */
export interface PartnerTie {
  a: string;
  b: string;
  type: string;
  weight?: number;
  /** Year the link started or was last seen active. */
  year?: number;
}

export interface PartnerProject {
  id: string;
  name: string;
  year?: number;
  members: string[];
  /** Sectors and technologies the project targets or uses. */
  topics: string[];
}

export interface PartnerTopic {
  id: string;
  name: string;
}

export interface PartnerRegion {
  id: string;
  name: string;
  level?: string;
  /** Named by the source study as a benchmark region. */
  benchmark?: boolean;
}

export interface PartnerPolicy {
  id: string;
  name: string;
  /** Sector and technology ids the policy prioritises. */
  prioritises: string[];
}

export interface PartnerData {
  actors: PartnerActor[];
  ties: PartnerTie[];
  projects: PartnerProject[];
  topics: PartnerTopic[];
  /** Actor → sector or technology it is active in or develops. */
  actorTopics: [string, string][];
  /** Related topics: RELATED_TO, PART_OF, ENABLED_BY between sectors and technologies. */
  topicLinks: [string, string][];
  regions: PartnerRegion[];
  /** Actor → region it is in: located in it, or (read from Neo4j: the region's scope) in a region inside it. */
  actorRegions: [string, string][];
  /** Region → the larger region it is part of. */
  regionParents: [string, string][];
  policies: PartnerPolicy[];
}

export const emptyPartnerData = (): PartnerData => ({
  actors: [],
  ties: [],
  projects: [],
  topics: [],
  actorTopics: [],
  topicLinks: [],
  regions: [],
  actorRegions: [],
  regionParents: [],
  policies: [],
});
