import { z } from 'zod';

/** A comma-separated query parameter ("Actor,Sector") read as a bounded list of `item`. */
export function csvList<T extends z.ZodType<string, string>>(item: T, max: number) {
  return z
    .string()
    .max(max * 250)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(max));
}

/** A whole number given in the query string, within bounds. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
