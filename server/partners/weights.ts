import { z } from 'zod';

export const COMPONENTS = ['topical', 'proximity', 'complementarity', 'activity', 'geography'] as const;
export type ComponentName = (typeof COMPONENTS)[number];
export type Weights = Record<ComponentName, number>;

const weight = z.number().finite().min(0).max(10);
export const weightsSchema = z.strictObject({
  topical: weight.optional(),
  proximity: weight.optional(),
  complementarity: weight.optional(),
  activity: weight.optional(),
  geography: weight.optional(),
});

export const DEFAULT_WEIGHTS: Weights = { topical: 1, proximity: 1, complementarity: 0.5, activity: 0.5, geography: 0.5 };
