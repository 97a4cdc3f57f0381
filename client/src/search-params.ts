import { z } from 'zod';

// Typed search parameters: each view's are a zod object of these fields, read through
// parseParams (router.ts's useViewParams in components). A field reads a string or nothing and never
// throws: a value it refuses (a hand-edited link) becomes its default.

/** The search parameters as the schema reads them. */
export function parseParams<S extends z.ZodType>(schema: S, search: string | URLSearchParams): z.infer<S> {
  return schema.parse(Object.fromEntries(new URLSearchParams(search)));
}

// Building blocks for view schemas: every field reads a string (or nothing) and never throws.

/** An optional text parameter. */
export const text = () => z.string().min(1).optional().catch(undefined);
/** A comma-separated list. */
export const list = () =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean))
    .catch([]);
/** One of `values`, or `fallback`. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) => z.enum(values).catch(fallback);
/** An integer within [min, max], or `fallback`. */
export const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).catch(fallback);
/** A number, or undefined. */
export const num = () => z.coerce.number().finite().optional().catch(undefined);
/** "1" is true. */
export const flag = () =>
  z
    .string()
    .optional()
    .transform((s) => s === '1' || s === 'true')
    .catch(false);

export const LANG = 'lang';
/** The period and whether records without years show (period.ts): the shell's, like the language. */
export const PERIOD = 'period';
export const UNDATED_PARAM = 'undated';
/** Parameters of the shell rather than of a view: every link keeps them (router.ts, navigate). */
export const SHELL_PARAMS = [LANG, PERIOD, UNDATED_PARAM] as const;
export const langParams = z.object({ [LANG]: z.enum(['en', 'nl']).optional().catch(undefined) });
