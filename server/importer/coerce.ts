import type { z } from 'zod';

// CSV cells are text; this turns them into what the row schema expects (lists from
// ";"-separated cells, numbers, booleans), leaving anything unreadable as it is so that the
// schema reports it with the value.

export type CellKind = 'list' | 'number' | 'boolean' | 'text';

function baseType(schema: z.ZodType): { kind: CellKind; nullable: boolean } {
  let s = schema as unknown as { _zod: { def: { type: string; innerType?: unknown } } };
  let nullable = false;
  while (['optional', 'nullable', 'default'].includes(s._zod.def.type) && s._zod.def.innerType) {
    if (s._zod.def.type === 'nullable') nullable = true;
    s = s._zod.def.innerType as typeof s;
  }
  const t = s._zod.def.type;
  return { kind: t === 'array' ? 'list' : t === 'number' ? 'number' : t === 'boolean' ? 'boolean' : 'text', nullable };
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** What each column of a row shape holds once read from a CSV cell. */
export function cellKinds(shape: Record<string, z.ZodType>): Map<string, { kind: CellKind; nullable: boolean }> {
  return new Map(Object.entries(shape).map(([k, s]) => [k, baseType(s)]));
}

export function cellCoercer(shape: Record<string, z.ZodType>): (cells: Record<string, string>) => Record<string, unknown> {
  const kinds = cellKinds(shape);
  return (cells) => {
    const row: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(cells)) {
      const cell = raw.trim();
      const kind = kinds.get(key);
      if (cell === '') {
        // An empty cell is an absent value; a nullable required field (an observation's value) is null.
        if (kind?.nullable) row[key] = null;
        continue;
      }
      switch (kind?.kind) {
        case 'list':
          row[key] = cell.split(';').map((x) => x.trim()).filter(Boolean);
          break;
        case 'number':
          row[key] = NUMBER.test(cell) ? Number(cell) : cell;
          break;
        case 'boolean':
          row[key] = /^(true|yes|1)$/i.test(cell) ? true : /^(false|no|0)$/i.test(cell) ? false : cell;
          break;
        default:
          row[key] = cell;
      }
    }
    return row;
  };
}
