import { z } from 'zod';
import type { NodeLabel, RelType } from '../graph/model.ts';
import {
  DOCUMENT_FIELDS,
  LABEL_FIELDS,
  LINK_BASE_FIELDS,
  LINK_PROP_FIELDS,
  LINK_PROPS,
  NODE_BASE_FIELDS,
  idSchema,
  requireReason,
  text,
} from '../seeds/fields.ts';
import { compileRowCheck } from './row-check.ts';
import type { ImportTarget } from './targets.ts';

// The row of an import file, per label or relationship type, built from the same field
// definitions as the seed files. Node rows cite their sources with `sources` (document ids) and
// an optional `evidence` quote instead of the seeds' nested `mentions`.

/** A link end: an id, or "Label:id" where the id alone could name nodes of several labels. */
const endRef = z.string().regex(/^([A-Z][A-Za-z]+:)?[a-z0-9]+([._-][a-z0-9]+)*$/, 'must be an id (a lowercase slug), or Label:id');

const nodeProvenance = {
  sources: z.array(idSchema).optional(),
  evidence: text.optional(),
};

function nodeShape(label: NodeLabel): z.ZodRawShape {
  if (label === 'Document') return DOCUMENT_FIELDS;
  return { ...NODE_BASE_FIELDS, ...LABEL_FIELDS[label], ...nodeProvenance };
}

function linkShape(type: RelType): z.ZodRawShape {
  const props = Object.fromEntries((LINK_PROPS[type] ?? []).map((p) => [p, LINK_PROP_FIELDS[p]]));
  return { from: endRef, to: endRef, ...LINK_BASE_FIELDS, ...props };
}

const cache = new Map<string, z.ZodObject>();

/** The strict object schema of one row of a file of this target (unknown columns are errors). */
export function rowShape(target: ImportTarget): z.ZodObject {
  const key = target.kind === 'node' ? target.label : target.type;
  let schema = cache.get(key);
  if (!schema) {
    schema = z.strictObject(target.kind === 'node' ? nodeShape(target.label) : linkShape(target.type));
    cache.set(key, schema);
  }
  return schema;
}

const reasonOf = (target: ImportTarget) => (target.kind === 'link' ? 'link' : 'record');

export function rowSchema(target: ImportTarget): z.ZodType<Record<string, unknown>> {
  return rowShape(target).superRefine((row, ctx) => requireReason(reasonOf(target), row as { inferred?: boolean; reason?: string }, ctx));
}

const checks = new Map<string, (row: Record<string, unknown>) => boolean>();

/**
 * The row schema compiled into a plain function (row-check.ts): true when rowSchema accepts the
 * row as it is; false when rowSchema must be asked (it explains what is wrong).
 */
export function rowCheck(target: ImportTarget): (row: Record<string, unknown>) => boolean {
  const key = target.kind === 'node' ? target.label : target.type;
  let check = checks.get(key);
  if (!check) {
    const what = reasonOf(target);
    const reasonGiven = (row: Record<string, unknown>) => {
      let ok = true;
      requireReason(what, row as { inferred?: boolean; reason?: string }, { addIssue: () => void (ok = false) } as unknown as z.RefinementCtx);
      return ok;
    };
    check = compileRowCheck(rowShape(target), reasonGiven);
    checks.set(key, check);
  }
  return check;
}

/** Column names of a target in template order, and which of them must be filled. */
export function columns(target: ImportTarget): { name: string; required: boolean }[] {
  return Object.entries(rowShape(target).shape).map(([name, field]) => ({ name, required: !(field as z.ZodType).safeParse(undefined).success }));
}
