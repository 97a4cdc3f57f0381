import type {
  AlignmentMatrix,
  Compare,
  BrokerageCounts,
  Expanded,
  GraphElements,
  Metrics,
  NodeDetail,
  Overview,
  PathsResult,
  SearchHit,
  SearchResult,
  SharedMembers,
  TripleHelix,
} from '../../../contract/index.ts';

// Answers of the exploration API, as the contract (contract/) describes them.

export type { ActivityYears, HelixYear, HelixYears } from '../../../contract/index.ts';
export type { ActorChange, SectorChange, TieChange } from '../../../contract/index.ts';
export type { NodeMetrics, Provenance, SectorProfile, TripleHelixStats } from '../../../contract/index.ts';
export type { Overview };
export type { SearchHit as SearchResult };
export type SearchAnswer = SearchResult;
export type NodeAnswer = NodeDetail;
/** A graph answer the canvas shows: the overview, an expansion, the cross-sector network. */
export type Scene = GraphElements & { summary?: Partial<Overview['summary'] & Expanded['summary']> };
/** Gould–Fernandez brokerage roles with the helix as group. */
export type BrokerCounts = BrokerageCounts;
export type TripleHelixAnswer = TripleHelix;
export type SharedAnswer = SharedMembers;
export type PathsAnswer = PathsResult;
export type MetricsAnswer = Metrics;
export type AlignmentAnswer = AlignmentMatrix;
export type CompareAnswer = Compare;
