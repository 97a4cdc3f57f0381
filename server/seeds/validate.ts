import type { z } from 'zod';
import type { NodeLabel, RelType } from '../graph/model.ts';
import { canonicalEnds } from './fields.ts';
import { LinkPairs, duplicateId, isAllowedAt, mixedLabels, wrongEnd } from './rules.ts';
import { NODE_FILES, linkSchema, type Mention, type NodeFile } from './schema.ts';

export interface SeedProblem {
  file: string;
  record?: number;
  id?: string;
  field?: string;
  message: string;
}

export interface GraphNode {
  label: NodeLabel;
  id: string;
  props: Record<string, unknown>;
  mentions: Mention[];
}

export interface GraphLink {
  type: RelType;
  from: { label: NodeLabel; id: string };
  to: { label: NodeLabel; id: string };
  props: Record<string, unknown>;
}

export interface SeedGraph {
  nodes: GraphNode[];
  links: GraphLink[];
}

export type SeedResult = { ok: true; graph: SeedGraph } | { ok: false; problems: SeedProblem[] };

export function formatProblem(p: SeedProblem): string {
  const where = [p.file];
  if (p.record !== undefined) where.push(`record ${p.record + 1}${p.id ? ` (id "${p.id}")` : ''}`);
  if (p.field) where.push(`field "${p.field}"`);
  return `${where.join(', ')}: ${p.message}`;
}

function zodProblems(file: string, record: number, raw: unknown, error: z.ZodError): SeedProblem[] {
  const id = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
  return error.issues.map((issue) => ({
    file,
    record,
    id,
    field: issue.path.join('.') || undefined,
    message: issue.message,
  }));
}

/**
 * Checks the parsed seed files (file name relative to seeds/ → JSON value) and turns them into
 * nodes and links. Every problem is reported, not only the first; nothing is returned to write
 * unless there are none.
 */
export function validateSeeds(files: Map<string, unknown>): SeedResult {
  const problems: SeedProblem[] = [];
  const nodes: GraphNode[] = [];
  const labelOf = new Map<string, { label: NodeLabel; file: string }>();
  const rawLinks: { file: string; record: number; link: z.infer<typeof linkSchema> }[] = [];
  // Ids of records that failed their own checks: links to them are not reported a second time.
  const invalidIds = new Set<string>();

  const records = (file: string, value: unknown): unknown[] => {
    if (Array.isArray(value)) return value;
    problems.push({ file, message: 'must contain a JSON array of records' });
    return [];
  };

  for (const [file, value] of files) {
    const base = file.split('/').pop() ?? file;
    const spec = file.startsWith('links/') ? undefined : NODE_FILES[base as NodeFile];
    if (file.startsWith('links/')) {
      records(file, value).forEach((raw, i) => {
        const parsed = linkSchema.safeParse(raw);
        if (parsed.success) rawLinks.push({ file, record: i, link: parsed.data });
        else problems.push(...zodProblems(file, i, raw, parsed.error));
      });
      continue;
    }
    if (!spec) {
      problems.push({
        file,
        message: `unknown seed file; node files are ${Object.keys(NODE_FILES).join(', ')} and links go under links/`,
      });
      continue;
    }
    records(file, value).forEach((raw, i) => {
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...zodProblems(file, i, raw, parsed.error));
        const id = (raw as { id?: unknown } | null)?.id;
        if (typeof id === 'string') invalidIds.add(id);
        return;
      }
      const { id, ...rest } = parsed.data as { id: string; mentions?: Mention[] } & Record<string, unknown>;
      const seen = labelOf.get(id);
      if (seen) {
        problems.push({ file, record: i, id, field: 'id', message: duplicateId(seen.file) });
        return;
      }
      labelOf.set(id, { label: spec.label, file });
      const { mentions = [], ...props } = rest as { mentions?: Mention[] } & Record<string, unknown>;
      nodes.push({ label: spec.label, id, props, mentions });
    });
  }

  const documentIds = new Set(nodes.filter((n) => n.label === 'Document').map((n) => n.id));
  const links: GraphLink[] = [];

  nodes.forEach((node) => {
    const file = Object.entries(NODE_FILES).find(([, s]) => s.label === node.label)?.[0] ?? '';
    node.mentions.forEach((m, k) => {
      if (!documentIds.has(m.doc)) {
        problems.push({ file, id: node.id, field: `mentions.${k}.doc`, message: `unknown document "${m.doc}"` });
      }
    });
    if (node.label === 'Observation') {
      for (const [field, type, label] of [
        ['sector', 'OF_SECTOR', 'Sector'],
        ['region', 'IN_REGION', 'Region'],
      ] as const) {
        const target = String(node.props[field]);
        delete node.props[field];
        const found = labelOf.get(target);
        if (found?.label !== label) {
          if (!invalidIds.has(target)) problems.push({ file, id: node.id, field, message: `"${target}" is not a ${label} id` });
          continue;
        }
        links.push({ type, from: { label: 'Observation', id: node.id }, to: { label, id: target }, props: {} });
      }
    }
  });

  const pairs = new LinkPairs();
  for (const { file, record, link } of rawLinks) {
    const { type, from, to, ...props } = link;
    const ends = [
      ['from', from],
      ['to', to],
    ] as const;
    let ok = true;
    const labels: NodeLabel[] = [];
    for (const [field, id] of ends) {
      const found = labelOf.get(id);
      if (!found) {
        if (!invalidIds.has(id)) problems.push({ file, record, field, message: `no node has id "${id}"` });
        ok = false;
      } else if (!isAllowedAt(type, field, found.label)) {
        problems.push({ file, record, field, message: wrongEnd(type, field, { label: found.label, id }) });
        ok = false;
      } else labels.push(found.label);
    }
    const mixed = ok ? mixedLabels(type, labels[0]!, labels[1]!) : undefined;
    if (mixed) {
      problems.push({ file, record, field: 'to', message: mixed });
      ok = false;
    }
    for (const [k, doc] of props.sources.entries()) {
      if (!documentIds.has(doc)) {
        problems.push({ file, record, field: `sources.${k}`, message: `unknown document "${doc}"` });
        ok = false;
      }
    }
    if (!ok) continue;
    // Undirected types are stored once per pair, in a canonical direction.
    const [a, b] = canonicalEnds(type, from, to);
    const duplicate = pairs.add(type, from, to);
    if (duplicate) {
      problems.push({ file, record, message: duplicate });
      continue;
    }
    links.push({
      type,
      from: { label: labelOf.get(a)!.label, id: a },
      to: { label: labelOf.get(b)!.label, id: b },
      props,
    });
  }

  return problems.length ? { ok: false, problems } : { ok: true, graph: { nodes, links } };
}
