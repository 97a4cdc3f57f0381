import type { z } from 'zod';

// The row schemas (rows.ts) compiled once into plain functions: zod stays the one definition of
// what a row may hold, and the explanation of a bad row, but a row it would accept unchanged is
// recognised without its per-row parse (the validation pass checks every row of every file:
// zod's parse was a sixth of the 100k import's validation CPU, issue 22). The compiled check
// answers true only when zod would accept the row and hand back the row itself (no trim, no
// transform changes a value); anything else (false) goes to zod, which accepts it or says why.
// Constructs it does not know are asked of zod field by field, so a new kind of field is never
// accepted by mistake, only checked more slowly.

type Check = (value: unknown) => boolean;
type Row = Record<string, unknown>;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  coerce?: boolean;
}

interface CheckDef {
  check: string;
  when?: unknown;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  tx?: (value: unknown) => unknown;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** zod itself, for one field: exact, and only used where the compiled form does not know a construct. */
const viaZod = (s: z.ZodType): Check => (v) => s.safeParse(v).success;

/** One check of a string, number or array, in zod's order; null when this kind of check is not compiled. */
function compileCheck(c: CheckDef): Check | null {
  // zod runs a length check only on a value that has a length (`when`); a string or an array always has one.
  if (c.when && c.check !== 'min_length' && c.check !== 'max_length') return null;
  switch (c.check) {
    case 'overwrite': {
      // A transform (trim) that changes the value would make zod's output differ from the row: such rows go to zod.
      const tx = c.tx;
      return tx ? (v) => tx(v) === v : null;
    }
    case 'min_length':
      return (v) => (v as { length: number }).length >= c.minimum!;
    case 'max_length':
      return (v) => (v as { length: number }).length <= c.maximum!;
    case 'string_format': {
      const pattern = c.format === 'regex' ? c.pattern : undefined;
      if (!pattern || pattern.global || pattern.sticky) return null;
      return (v) => pattern.test(v as string);
    }
    case 'number_format':
      return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'greater_than':
      return c.inclusive ? (v) => (v as number) >= c.value! : (v) => (v as number) > c.value!;
    case 'less_than':
      return c.inclusive ? (v) => (v as number) <= c.value! : (v) => (v as number) < c.value!;
    default:
      return null;
  }
}

/** The base type's test, then its checks in order; null when one of them is not compiled. */
function withChecks(def: Def, base: Check): Check | null {
  const checks = (def.checks ?? []).map((c) => compileCheck(c._zod.def));
  if (checks.some((c) => c === null)) return null;
  const all = checks as Check[];
  if (!all.length) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const c of all) if (!c(v)) return false;
    return true;
  };
}

/** The compiled check of one field's schema. */
export function compileField(s: z.ZodType): Check {
  const def = defOf(s);
  if (def.coerce) return viaZod(s);
  switch (def.type) {
    case 'string':
      return withChecks(def, (v) => typeof v === 'string') ?? viaZod(s);
    case 'number':
      return withChecks(def, (v) => typeof v === 'number' && Number.isFinite(v)) ?? viaZod(s);
    case 'boolean':
      return withChecks(def, (v) => typeof v === 'boolean') ?? viaZod(s);
    case 'enum': {
      const values = (s as unknown as { _zod: { values?: Set<unknown> } })._zod.values;
      return values && !def.checks?.length ? (v) => values.has(v) : viaZod(s);
    }
    case 'optional': {
      const inner = compileField(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = compileField(def.innerType!);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = compileField(def.element!);
      const elements: Check = (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
      return withChecks(def, elements) ?? viaZod(s);
    }
    default:
      return viaZod(s);
  }
}

/**
 * The compiled check of a strict object schema (unknown keys are errors) and the refinements the
 * row schema adds (`refine` answers false for a row they would reject). True: zod accepts the
 * row and its output is the row itself. False: ask zod.
 */
export function compileRowCheck(schema: z.ZodObject, refine: (row: Row) => boolean = () => true): (row: Row) => boolean {
  const def = (schema as unknown as { _zod: { def: { catchall?: z.ZodType; checks?: unknown[] } } })._zod.def;
  // Only strict objects without checks of their own are compiled (the import's rows are); others always go to zod.
  if (!def.catchall || defOf(def.catchall).type !== 'never' || def.checks?.length) return () => false;
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, s]) => [key, compileField(s)] as const);
  const known = new Set(fields.map(([key]) => key));
  return (row) => {
    for (const key in row) if (!known.has(key)) return false;
    for (const [key, check] of fields) if (!check(row[key])) return false;
    return refine(row);
  };
}
