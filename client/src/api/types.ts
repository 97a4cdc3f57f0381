import type { GraphElements } from './client.ts';

// Answers of the exploration API (issue 5's contract), as the client reads them.

export interface SearchResult {
  id: string;
  key: string;
  label: string;
  nameEn?: string;
  type: string;
  helix?: string;
  kind?: string;
  score: number;
}
export interface SearchAnswer {
  results: SearchResult[];
  summary: { q: string; count: number };
}

export interface Provenance {
  document: { id: string; title: string; file?: string; year?: number; publisher?: string };
  section?: string;
  quote?: string;
}
export interface NodeAnswer {
  node: { id: string; key: string; label: string; type: string; props: Record<string, unknown> };
  neighbours: { byLabel: Record<string, number>; byType: Record<string, number> };
  provenance: Provenance[];
}

export interface Scene extends GraphElements {
  summary?: { nodes?: number; edges?: number; truncated?: boolean; cut?: { nodes: number; reason: string } | null };
}

/** Gould–Fernandez brokerage roles with the helix as group. */
export interface BrokerCounts {
  coordinator?: number;
  gatekeeperRepresentative?: number;
  consultant?: number;
  liaison?: number;
  total?: number;
  [role: string]: number | undefined;
}
export interface TripleHelixStats {
  matrix: Record<string, Record<string, number>>;
  weightedMatrix?: Record<string, Record<string, number>>;
  crossShare: number | null;
  ei: { overall: number | null; byHelix: Record<string, number | null> };
  missing: string[];
  thin: { helix: string; actors?: number; share?: number; reasons?: string[] }[];
  brokerage: { byActor: Record<string, BrokerCounts>; totals: BrokerCounts };
}
export interface TripleHelixAnswer extends Scene {
  stats: TripleHelixStats;
}

export interface SharedAnswer {
  actors: { id: string; label: string; helix?: string }[];
  projects: { id: string; label: string }[];
}

export interface PathsAnswer extends Scene {
  paths: { nodes: string[]; edges: string[]; hops: number }[];
}

export interface NodeMetrics {
  degree: number;
  weightedDegree?: number;
  betweenness?: number;
  closeness?: number;
  pagerank?: number;
  eigenvector?: number;
  clustering?: number;
  community?: number;
}
export interface MetricsAnswer {
  nodes: Record<string, NodeMetrics>;
  communities?: { count: number; modularity: number };
  approximate?: boolean;
}

export interface SectorProfile {
  sector: { id: string; label: string; props: Record<string, unknown> };
  figures: { metric?: string; year?: number; value?: number | null; unit?: string; printed?: string; [k: string]: unknown }[];
  subsectors: { id: string; label: string; nameEn?: string; kind?: string }[];
  actorsByHelix: Record<string, { id: string; label: string; kind?: string }[]>;
  technologies: { id: string; label: string; nameEn?: string; ket?: boolean }[];
  policies: { id: string; label: string; level: string | null; issuer: string | null; via?: string; inferred?: boolean }[];
}
export interface AlignmentAnswer {
  rows: { id: string; label: string; level?: string | null }[];
  columns: { id: string; label: string }[];
  cells: { row: string; column: string; value: number; inferred?: boolean }[];
}
