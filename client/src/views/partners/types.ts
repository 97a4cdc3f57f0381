import type { GraphElements } from '../../api/client.ts';

// The answer of POST /api/partners (server/partners/find.ts).

export const COMPONENTS = ['topical', 'proximity', 'complementarity', 'activity', 'geography'] as const;
export type ComponentName = (typeof COMPONENTS)[number];
export type Weights = Record<ComponentName, number>;
export const DEFAULT_WEIGHTS: Weights = { topical: 1, proximity: 1, complementarity: 0.5, activity: 0.5, geography: 0.5 };

export interface Suggestion {
  rank: number;
  id: string;
  name: string;
  helix?: string;
  kind?: string;
  country?: string;
  score: number;
  components: Weights;
  reasons: { component: ComponentName; text: string }[];
  introducers: { id: string; name: string; strength: number }[];
  graph: GraphElements;
}

export interface PartnerAnswer {
  asker: { id: string; name: string }[];
  suggestions: Suggestion[];
  summary: { candidates: number; returned: number };
}
