import neo4j, { type Transaction } from 'neo4j-driver';
import type { GraphDb } from '../db/graph-db.ts';
import { templateQuery } from '../db/queries.ts';
import { RELATIONSHIPS, type NodeLabel, type RelType } from '../graph/model.ts';
import { REFERENCE_FIELDS, canonicalEnds } from '../seeds/fields.ts';
import { BATCH_SIZE } from '../seeds/write.ts';
import { Resolver } from './resolver.ts';
import type { ImportSource } from './sources.ts';

// The writing pass: the validated files are read again and written in batches of UNWIND … MERGE
// (the seeds' merge-nodes / merge-links / merge-mentions queries), all inside ONE explicit
// transaction. An explicit transaction rather than a managed one: the driver would otherwise
// retry the whole import after a lost connection; here any failure rolls everything back and
// the import reports it, leaving the graph exactly as it was.

export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteSummary {
  /** Per label or relationship type. */
  written: Record<string, Outcomes>;
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

export interface Progress {
  done: number;
  total: number;
  file: string;
}

export interface WriteOptions {
  /** Called after every batch; awaited, so it can also pause or fail the import (tests do). */
  onProgress?: (p: Progress) => void | Promise<void>;
  timeoutMs?: number;
}

type Row = Record<string, unknown>;

const clean = (o: Row): Row => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function nodeRows(label: NodeLabel, record: Row, file: string) {
  const { id, sources, evidence, ...rest } = record as Row & { id: string; sources?: string[]; evidence?: string };
  const refs = REFERENCE_FIELDS[label] ?? {};
  const props = clean(Object.fromEntries(Object.entries(rest).filter(([k]) => !(k in refs))));
  const mentions = (sources ?? []).map((doc) => ({ id, doc, section: `import: ${file}`, quote: evidence ?? String(record.name) }));
  const links = Object.entries(refs).map(([field, spec]) => ({ type: spec.type, to: spec.label, row: { from: id, to: record[field] as string, props: {} } }));
  return { node: { id, props }, mentions, links };
}

async function outcomes(tx: Transaction, cypher: string, rows: Row[], into: Outcomes): Promise<void> {
  const r = await tx.run(cypher, { rows });
  for (const rec of r.records) into[rec.get('outcome') as keyof Outcomes] += rec.get('count') as number;
}

async function merge(tx: Transaction, cypher: string, rows: Row[], what: string): Promise<void> {
  const r = await tx.run(cypher, { rows });
  const written = r.records[0]?.get('written') as number;
  if (written !== rows.length) throw new Error(`only ${written} of ${rows.length} ${what} found their ends`);
}

export async function writeImport(db: GraphDb, sources: ImportSource[], resolver: Resolver, total: number, options: WriteOptions = {}): Promise<WriteSummary> {
  const started = performance.now();
  const written: Record<string, Outcomes> = {};
  const tally = (key: string) => (written[key] ??= { created: 0, updated: 0, unchanged: 0 });
  let done = 0;
  // Documents first (mentions point to them), then the other labels, then links.
  const order = (s: ImportSource) => (s.target.kind === 'link' ? 2 : s.target.label === 'Document' ? 0 : 1);
  const ordered = [...sources].sort((a, b) => order(a) - order(b));
  // Mentions and node references (an observation's sector and region) wait until every node is in.
  const deferred = new Map<string, { cypher: string; what: string; rows: Row[] }>();
  const defer = (key: string, cypher: () => string, what: string, rows: Row[]) => {
    const entry = deferred.get(key) ?? { cypher: cypher(), what, rows: [] };
    entry.rows.push(...rows);
    deferred.set(key, entry);
  };
  const writeDeferred = async () => {
    for (const { cypher, what, rows } of deferred.values()) {
      for (let i = 0; i < rows.length; i += BATCH_SIZE) await merge(tx, cypher, rows.slice(i, i + BATCH_SIZE), what);
    }
    deferred.clear();
  };

  const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: options.timeoutMs ?? 3_600_000 });
  try {
    for (const source of ordered) {
      const { target, name } = source;
      if (target.kind === 'link') await writeDeferred();
      let batch: Row[] = [];
      const flush = async () => {
        if (!batch.length) return;
        const rows = batch;
        batch = [];
        if (target.kind === 'node') {
          const label = target.label;
          const parts = rows.map((r) => nodeRows(label, r, name));
          const nodes = parts.map((p) => p.node);
          await outcomes(tx, templateQuery('import-node-outcomes', { LABEL: label }), nodes, tally(label));
          await merge(tx, templateQuery('merge-nodes', { LABEL: label }), nodes, `${label} nodes`);
          defer(`m|${label}`, () => templateQuery('merge-mentions', { LABEL: label }), `${label} mentions`, parts.flatMap((p) => p.mentions));
          for (const l of parts.flatMap((p) => p.links)) {
            defer(`${l.type}|${label}|${l.to}`, () => templateQuery('merge-links', { TYPE: l.type, FROM: label, TO: l.to }), `${l.type} links`, [l.row]);
          }
        } else {
          await writeLinks(tx, target.type, rows, resolver, tally(target.type));
        }
        done += rows.length;
        await options.onProgress?.({ done, total, file: name });
      };
      for await (const item of source.rows()) {
        if ('error' in item) throw new Error(`${name} row ${item.row}: ${item.error}`);
        batch.push(item.record);
        if (batch.length >= BATCH_SIZE) await flush();
      }
      await flush();
    }
    await writeDeferred();
    await tx.commit();
  } catch (err) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw err;
  } finally {
    await session.close().catch(() => {});
  }
  const ms = performance.now() - started;
  return { written, rows: done, ms: Math.round(ms), rowsPerSecond: Math.round(done / (ms / 1000)) };
}

async function writeLinks(tx: Transaction, type: RelType, rows: Row[], resolver: Resolver, into: Outcomes): Promise<void> {
  const spec = RELATIONSHIPS[type];
  const groups = new Map<string, { from: NodeLabel; to: NodeLabel; rows: Row[] }>();
  for (const record of rows) {
    const { from, to, ...props } = record as Row & { from: string; to: string };
    const f = Resolver.parse(from, spec.from);
    const t = Resolver.parse(to, spec.to);
    const fromLabel = resolver.find(f.id, f.labels)[0];
    const toLabel = resolver.find(t.id, t.labels)[0];
    if (!fromLabel || !toLabel) throw new Error(`${type} link ${from} → ${to} lost an end after validation`);
    const [a, b] = canonicalEnds(type, f.id, t.id);
    const [la, lb] = a === f.id ? [fromLabel, toLabel] : [toLabel, fromLabel];
    const key = `${la}|${lb}`;
    const group = groups.get(key) ?? { from: la, to: lb, rows: [] };
    group.rows.push({ from: a, to: b, props: clean(props) });
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    const slots = { TYPE: type, FROM: g.from, TO: g.to };
    await outcomes(tx, templateQuery('import-link-outcomes', slots), g.rows, into);
    await merge(tx, templateQuery('merge-links', slots), g.rows, `${type} links`);
  }
}
