import type { GraphElements } from '../../api/client.ts';

// The answer of POST /api/partners (server/partners/find.ts).

export const COMPONENTS = ['topical', 'proximity', 'complementarity', 'activity', 'geography'] as const;
export type ComponentName = (typeof COMPONENTS)[number];
export type Weights = Record<ComponentName, number>;
export const DEFAULT_WEIGHTS: Weights = { topical: 1, proximity: 1, complementarity: 0.5, activity: 0.5, geography: 0.5 };

/** A reason as a code with its values (server/partners/explain.ts), and the same in English. */
export interface Reason {
  component: ComponentName;
  code: string;
  params: Record<string, string | number | string[]>;
  text: string;
}

export interface Suggestion {
  rank: number;
  id: string;
  name: string;
  helix?: string;
  kind?: string;
  country?: string;
  score: number;
  components: Weights;
  reasons: Reason[];
  introducers: { id: string; name: string; strength: number }[];
  graph: GraphElements;
}

export interface PartnerAnswer {
  asker: { id: string; name: string }[];
  suggestions: Suggestion[];
  summary: { candidates: number; returned: number };
}
