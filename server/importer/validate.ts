import type { GraphDb } from '../db/graph-db.ts';
import type { NodeLabel, RelType } from '../graph/model.ts';
import { REFERENCE_FIELDS } from '../seeds/fields.ts';
import { LinkPairs, allowedAt, duplicateId, mixedLabels, wrongEnd } from '../seeds/rules.ts';
import { Resolver } from './resolver.ts';
import { columns, rowCheck, rowSchema } from './rows.ts';
import { inImportOrder, type ImportSource } from './sources.ts';
import { keptSource, type RowSpool } from './spool.ts';
import { targetName } from './targets.ts';

// The validation pass: every row of every file is checked before anything is written, and every
// problem is reported with its file, row, column and value.

export interface ImportProblem {
  file: string;
  /** CSV: the row number a spreadsheet shows (the header is row 1); JSON: the record number. */
  row?: number;
  column?: string;
  value?: unknown;
  message: string;
}

export interface FileReport {
  file: string;
  target: string;
  rows: number;
}

export interface ValidationReport {
  ok: boolean;
  files: FileReport[];
  rows: number;
  problems: ImportProblem[];
  /** All problems found; only the first MAX_LISTED are listed. */
  problemCount: number;
}

export const MAX_LISTED = 5000;


export function formatImportProblem(p: ImportProblem): string {
  const where = [p.file];
  if (p.row) where.push(`row ${p.row}`);
  if (p.column) where.push(`column "${p.column}"`);
  const value = p.value === undefined ? '' : ` (value ${JSON.stringify(p.value)})`;
  return `${where.join(', ')}${value}: ${p.message}`;
}

interface PendingRef {
  file: string;
  row: number;
  column: string;
  value: string;
  allowed: readonly NodeLabel[];
}

interface PendingLink {
  file: string;
  row: number;
  type: RelType;
  from: string;
  to: string;
}

export interface ValidationHooks {
  /** The resolver to fill (the writing pass may use it while validation goes on). */
  resolver?: Resolver;
  /** After each file is read: what the writing pass is to read for it, and the problems found so far (in any file). */
  onFile?: (toWrite: ImportSource, problemCount: number) => void;
}

/**
 * `spool`: keep the rows of files there while they are read, for the writing pass (only while
 * no problem is found: with one, nothing is written). `sources` answers what the writing pass
 * reads: the kept rows of files, the other sources as they are.
 */
export async function validateImport(
  db: GraphDb,
  sources: ImportSource[],
  preProblems: ImportProblem[] = [],
  spool?: RowSpool,
  hooks: ValidationHooks = {},
): Promise<{ report: ValidationReport; resolver: Resolver; sources: ImportSource[] }> {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const add = (p: ImportProblem) => {
    problemCount++;
    if (problems.length < MAX_LISTED) problems.push(p);
  };
  preProblems.forEach(add);
  const resolver = hooks.resolver ?? new Resolver();
  const invalidIds = new Set<string>();
  const firstSeen = new Map<string, string>();
  const pendingRefs: PendingRef[] = [];
  const pendingLinks: PendingLink[] = [];
  const files: FileReport[] = [];
  const toWrite: ImportSource[] = [];

  const ref = (file: string, row: number, column: string, value: string, allowed: readonly NodeLabel[]) => {
    const { id, labels } = Resolver.parse(value, allowed);
    if (!labels.length) return add({ file, row, column, value, message: `must name a ${allowed.join(' or ')}` });
    if (resolver.find(id, labels).length) return;
    resolver.want(id, labels);
    pendingRefs.push({ file, row, column, value, allowed });
  };

  const checkLink = (link: PendingLink, final: boolean): boolean => {
    const ends = [
      ['from', link.from],
      ['to', link.to],
    ] as const;
    const found: NodeLabel[] = [];
    for (const [column, value] of ends) {
      const { id, labels } = Resolver.parse(value, allowedAt(link.type, column));
      if (!labels.length) {
        add({ file: link.file, row: link.row, column, value, message: wrongEnd(link.type, column) });
        return true;
      }
      const hits = resolver.find(id, labels);
      if (hits.length > 1) {
        add({ file: link.file, row: link.row, column, value, message: `"${id}" names a ${hits.join(' and a ')}; write ${hits.map((l) => `${l}:${id}`).join(' or ')}` });
        return true;
      }
      if (!hits.length) {
        if (!final) return false;
        if (!invalidIds.has(id)) add({ file: link.file, row: link.row, column, value, message: `no ${labels.join(' or ')} has id "${id}" in these files or in the database` });
        return true;
      }
      found.push(hits[0]!);
    }
    const mixed = mixedLabels(link.type, found[0]!, found[1]!);
    if (mixed) add({ file: link.file, row: link.row, column: 'to', value: link.to, message: mixed });
    return true;
  };

  for (const source of inImportOrder(sources)) {
    const { name: file, target } = source;
    const report: FileReport = { file, target: targetName(target), rows: 0 };
    files.push(report);
    const kept = spool && source.keepRows ? spool.file() : undefined;
    toWrite.push(kept ? keptSource(source, kept) : source);
    const cols = columns(target);
    const header = await source.header?.();
    if (header) {
      const known = new Set(cols.map((c) => c.name));
      const bad = [
        ...header.filter((h) => !known.has(h)).map((h) => ({ column: h, message: `unknown column; the columns of ${file} are ${cols.map((c) => c.name).join(', ')}` })),
        ...cols.filter((c) => c.required && !header.includes(c.name)).map((c) => ({ column: c.name, message: 'this required column is missing' })),
      ];
      if (bad.length) {
        bad.forEach((b) => add({ file, row: 1, ...b }));
        continue;
      }
    }
    const schema = rowSchema(target);
    const check = rowCheck(target);
    const pairs = new LinkPairs(source.linksGroupedBy);
    for await (const item of source.rows()) {
      if ('error' in item) {
        add({ file, row: item.row || undefined, message: item.error });
        continue;
      }
      report.rows++;
      const { row, record } = item;
      if (kept && problemCount === 0) await kept.add(record);
      // The compiled check passes a good row as it is; zod parses the others and says what is wrong.
      const parsed = check(record) ? { success: true as const, data: record } : schema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const keys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
          const column = keys ? keys.join(', ') : String(issue.path[0] ?? '');
          const message = keys ? `unknown column${keys.length > 1 ? 's' : ''}; the columns are ${cols.map((c) => c.name).join(', ')}` : issue.message;
          add({ file, row, column: column || undefined, value: keys || !column ? undefined : record[column], message });
        }
        if (target.kind === 'node' && typeof record.id === 'string') invalidIds.add(record.id);
        continue;
      }
      const data = parsed.data;
      if (target.kind === 'node') {
        const id = data.id as string;
        const key = `${target.label}|${id}`;
        const seen = firstSeen.get(key);
        if (seen) {
          add({ file, row, column: 'id', value: id, message: duplicateId(seen) });
          continue;
        }
        firstSeen.set(key, `${file} row ${row}`);
        resolver.addFileId(target.label, id);
        for (const doc of (data.sources as string[] | undefined) ?? []) ref(file, row, 'sources', doc, ['Document']);
        for (const [column, spec] of Object.entries(REFERENCE_FIELDS[target.label] ?? {})) ref(file, row, column, data[column] as string, [spec.label]);
      } else {
        const duplicate = pairs.add(target.type, data.from as string, data.to as string);
        if (duplicate) {
          add({ file, row, column: 'to', value: data.to, message: duplicate });
          continue;
        }
        for (const doc of data.sources as string[]) ref(file, row, 'sources', doc, ['Document']);
        const link = { file, row, type: target.type, from: data.from as string, to: data.to as string };
        if (!checkLink(link, false)) {
          for (const [end, value] of [['from', link.from], ['to', link.to]] as const) {
            const parsedEnd = Resolver.parse(value, allowedAt(link.type, end));
            resolver.want(parsedEnd.id, parsedEnd.labels);
          }
          pendingLinks.push(link);
        }
      }
    }
    await kept?.flush();
    hooks.onFile?.(toWrite[toWrite.length - 1]!, problemCount);
  }

  await resolver.lookUp(db);
  for (const p of pendingRefs) {
    const { id, labels } = Resolver.parse(p.value, p.allowed);
    if (!resolver.find(id, labels).length && !invalidIds.has(id)) {
      add({ file: p.file, row: p.row, column: p.column, value: p.value, message: `no ${labels.join(' or ')} has id "${id}" in these files or in the database` });
    }
  }
  for (const link of pendingLinks) checkLink(link, true);

  const rows = files.reduce((s, f) => s + f.rows, 0);
  return { report: { ok: problemCount === 0, files, rows, problems, problemCount }, resolver, sources: toWrite };
}
