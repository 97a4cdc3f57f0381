// Shapes of API answers that api/types.ts does not hold (yet): they move to the shared contract
// (z.infer) with the rest. Nothing here fetches: api/fetch.ts is the one way to call the API.

export interface NodeData {
  id: string;
  label: string;
  type: string;
  key?: string;
  helix?: string;
  kind?: string;
  nameEn?: string;
  [k: string]: unknown;
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  weight?: number;
  [k: string]: unknown;
}
export interface GraphElements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

export interface Health {
  status: 'ok' | 'degraded';
  version: string;
  neo4j: { reachable: boolean; version?: string; edition?: string; error?: string };
  counts?: { nodes: Record<string, number>; relationships: Record<string, number> };
}

/** An `application/problem+json` answer (RFC 9457) with the extensions the endpoints add. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  /** Console: Neo4j's error code, the guard's rule, and where in the query. */
  code?: string;
  rule?: string;
  position?: { line: number; column: number; offset: number };
  /** Import: the validation report and CORDIS notes of a refused import. */
  report?: ImportReport;
  cordis?: CordisInfo;
}

// The Cypher console (/api/console, /api/saved-queries).

export type Value = null | boolean | number | string | Value[] | { [k: string]: Value };

export interface ConsoleAnswer {
  columns: string[];
  rows: Record<string, Value>[];
  elements: GraphElements;
  summary: { rows: number; nodes: number; edges: number; planMs: number; runMs: number; truncated?: { by: string; message: string } };
}

export interface Example {
  name: string;
  title: string;
  description: string;
  query: string;
}

export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  query: string;
  params: Record<string, unknown>;
  createdAt: string;
}

export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  procedures: { name: string; signature: string; description: string }[];
  functions: { name: string; signature: string }[];
}

// Imports (/api/import).

export interface ImportProblem {
  file: string;
  row?: number;
  column?: string;
  value?: unknown;
  message: string;
}
export interface ImportReport {
  ok: boolean;
  files: { file: string; target: string; rows: number }[];
  rows: number;
  problems: ImportProblem[];
  problemCount: number;
}
export interface Match {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  score: number;
  reason: string;
}
export interface CordisInfo {
  stats: Record<string, number>;
  review: Match[];
}
export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}
export interface ImportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number; file?: string };
  summary?: { written: Record<string, Outcomes>; rows: number; ms: number; rowsPerSecond: number };
  cordis?: CordisInfo;
  error?: string;
}
export interface ImportAnswer {
  dryRun: boolean;
  jobId?: string;
  report: ImportReport;
  cordis?: CordisInfo;
}
