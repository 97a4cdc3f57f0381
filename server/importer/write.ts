import neo4j, { type Transaction } from 'neo4j-driver';
import type { GraphDb } from '../db/graph-db.ts';
import { templateQuery } from '../db/queries.ts';
import { RELATIONSHIPS, type NodeLabel, type RelType } from '../graph/model.ts';
import { REFERENCE_FIELDS, canonicalEnds } from '../seeds/fields.ts';
import { BATCH_SIZE } from '../seeds/write.ts';
import { Resolver } from './resolver.ts';
import type { ImportSource } from './sources.ts';
import { STAGE_ABOVE_ROWS, beginStagedImport, finishStagedImport, releaseStagedImport, stagedBatchStart, SwitchOverInterrupted, undoStagedImport } from './staging.ts';

// The writing pass: the validated files are read again and written in batches of UNWIND … MERGE.
// Up to STAGE_ABOVE_ROWS rows, all batches go in ONE explicit transaction (explicit, not managed:
// the driver would otherwise retry the whole import after a lost connection); any failure rolls
// it back. Larger imports are staged (staging.ts): each batch is its own transaction under an
// import id, and a failure undoes what the committed batches wrote.

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
  /** Staged in this many transactions; absent when written in one transaction. */
  stagedBatches?: number;
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
  /** Stage the import in batches of their own; by default only above STAGE_ABOVE_ROWS rows. */
  staged?: boolean;
}

/** Where a batch is written: the one transaction, or (staged) a transaction of its own. */
interface Target {
  importId: string | null;
  batch(work: (tx: Transaction) => Promise<void>): Promise<void>;
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

async function merge(tx: Transaction, cypher: string, rows: Row[], what: string, params: Record<string, unknown>): Promise<void> {
  const r = await tx.run(cypher, { ...params, rows });
  const written = r.records[0]?.get('written') as number;
  if (written !== rows.length) throw new Error(`only ${written} of ${rows.length} ${what} found their ends`);
}

export async function writeImport(db: GraphDb, sources: ImportSource[], resolver: Resolver, total: number, options: WriteOptions = {}): Promise<WriteSummary> {
  const started = performance.now();
  const staged = options.staged ?? total > STAGE_ABOVE_ROWS;
  const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.WRITE });
  const timeout = options.timeoutMs ?? 3_600_000;
  let batches = 0;
  let importId: string | null = null;
  let tx: Transaction | undefined;
  try {
    if (staged) {
      const id = await beginStagedImport(db, sources.map((s) => s.name));
      importId = id;
      const target: Target = {
        importId: id,
        async batch(work) {
          const btx = session.beginTransaction({ timeout });
          try {
            await stagedBatchStart(btx, id);
            await work(btx);
            await btx.commit();
            batches++;
          } catch (err) {
            if (btx.isOpen()) await btx.rollback().catch(() => {});
            throw err;
          }
        },
      };
      const result = await writeAll(target, sources, resolver, total, options);
      // From here on everything is written: an interrupted switch-over is finished, never undone.
      importId = null;
      await finishStagedImport(db, id).catch((err: unknown) => {
        releaseStagedImport(id);
        throw new SwitchOverInterrupted(err);
      });
      return summary(result, started, batches);
    }
    const one = session.beginTransaction({ timeout });
    tx = one;
    const result = await writeAll({ importId: null, batch: (work) => work(one) }, sources, resolver, total, options);
    await one.commit();
    return summary(result, started);
  } catch (err) {
    if (tx?.isOpen()) await tx.rollback().catch(() => {});
    if (importId) await undoAfterFailure(db, importId, err);
    throw err;
  } finally {
    await session.close().catch(() => {});
  }
}

async function undoAfterFailure(db: GraphDb, importId: string, err: unknown): Promise<void> {
  try {
    await undoStagedImport(db, importId);
  } catch (undoErr) {
    // Neo4j is gone or refuses: the import stays recorded as unfinished and is undone at the
    // next server start or import.
    releaseStagedImport(importId);
    if (err instanceof Error) err.message += ` (undoing the staged import failed too: ${(undoErr as Error).message.split('\n')[0]}; it is undone at the next start or import)`;
  }
}

function summary({ written, done }: { written: Record<string, Outcomes>; done: number }, started: number, stagedBatches?: number): WriteSummary {
  const ms = performance.now() - started;
  return { written, rows: done, ms: Math.round(ms), rowsPerSecond: Math.round(done / (ms / 1000)), ...(stagedBatches === undefined ? {} : { stagedBatches }) };
}

async function writeAll(target: Target, sources: ImportSource[], resolver: Resolver, total: number, options: WriteOptions) {
  const params = { import: target.importId };
  const written: Record<string, Outcomes> = {};
  const tally = (key: string) => (written[key] ??= { created: 0, updated: 0, unchanged: 0 });
  let done = 0;
  // Documents first (mentions point to them), then the other labels, then links.
  const order = (s: ImportSource) => (s.target.kind === 'link' ? 2 : s.target.label === 'Document' ? 0 : 1);
  const ordered = [...sources].sort((a, b) => order(a) - order(b));
  // Mentions and node references (an observation's sector and region) wait until every node is in.
  const deferred = new Map<string, { cypher: string; what: string; rows: Row[]; params: Record<string, unknown> }>();
  const defer = (key: string, cypher: () => string, what: string, rows: Row[], extra: Record<string, unknown>) => {
    const entry = deferred.get(key) ?? { cypher: cypher(), what, rows: [], params: { ...params, ...extra } };
    entry.rows.push(...rows);
    deferred.set(key, entry);
  };
  const writeDeferred = async () => {
    for (const { cypher, what, rows, params: p } of deferred.values()) {
      for (let i = 0; i < rows.length; i += BATCH_SIZE) await target.batch((tx) => merge(tx, cypher, rows.slice(i, i + BATCH_SIZE), what, p));
    }
    deferred.clear();
  };

  for (const source of ordered) {
    const { target: into, name } = source;
    if (into.kind === 'link') await writeDeferred();
    let batch: Row[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const rows = batch;
      batch = [];
      if (into.kind === 'node') {
        const label = into.label;
        const parts = rows.map((r) => nodeRows(label, r, name));
        const nodes = parts.map((p) => p.node);
        await target.batch(async (tx) => {
          await outcomes(tx, templateQuery('import-node-outcomes', { LABEL: label }), nodes, tally(label));
          await merge(tx, templateQuery('import-stage-nodes', { LABEL: label }), nodes, `${label} nodes`, { ...params, label });
        });
        defer(`m|${label}`, () => templateQuery('import-stage-mentions', { LABEL: label }), `${label} mentions`, parts.flatMap((p) => p.mentions), {});
        for (const l of parts.flatMap((p) => p.links)) {
          const slots = { TYPE: l.type, FROM: label, TO: l.to };
          defer(`${l.type}|${label}|${l.to}`, () => templateQuery('import-stage-links', slots), `${l.type} links`, [l.row], { type: l.type, from: label, to: l.to });
        }
      } else {
        await writeLinks(target, into.type, rows, resolver, tally(into.type));
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
  return { written, done };
}

async function writeLinks(target: Target, type: RelType, rows: Row[], resolver: Resolver, into: Outcomes): Promise<void> {
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
  await target.batch(async (tx) => {
    for (const g of groups.values()) {
      const slots = { TYPE: type, FROM: g.from, TO: g.to };
      await outcomes(tx, templateQuery('import-link-outcomes', slots), g.rows, into);
      await merge(tx, templateQuery('import-stage-links', slots), g.rows, `${type} links`, { import: target.importId, type, from: g.from, to: g.to });
    }
  });
}
