import type { GraphDb, OpenTransaction } from '../db/graph-db.ts';
import type { QueryRef, Writer } from '../db/rows.ts';
import { RELATIONSHIPS, type NodeLabel, type RelType } from '../graph/model.ts';
import { REFERENCE_FIELDS, canonicalEnds } from '../seeds/fields.ts';
import { BatchFiles, loadBatch } from './load-csv.ts';
import { Resolver } from './resolver.ts';
import { inImportOrder, type ImportSource } from './sources.ts';
import { STAGE_ABOVE_ROWS, beginStagedImport, finishStagedImport, releaseStagedImport, stagedBatch, stagedBatchStart, SwitchOverInterrupted, undoStagedImport } from './staging.ts';

// The writing pass: the validated rows (of files: as the validation pass kept them, spool.ts) are written in batches, one query per
// batch (import-stage-nodes / -links: classify, write, and in a staged import keep the undo
// records), while the next batch is read. Up to STAGE_ABOVE_ROWS rows, all batches go in ONE
// explicit transaction (explicit, not managed: the driver would otherwise retry the whole import
// after a lost connection); any failure rolls it back. Larger imports are staged (staging.ts):
// each batch is its own transaction under an import id, and a failure undoes what the committed
// batches wrote. Into the project's own Neo4j a batch travels as a file LOAD CSV reads
// (load-csv.ts) rather than as a parameter; the transactions and undo records are the same.

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
  /** Rows created through files LOAD CSV read (the project's own Neo4j); the rest went as parameters. */
  rowsViaFiles: number;
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
  /** false: send every batch as a parameter even when Neo4j's import folder is known (db.options.importFolder). */
  viaFiles?: boolean;
}

/** Writing while the files are still being validated (run.ts): the sources arrive as each is validated. */
export interface EarlyWrite {
  /** The names of all the import's files, for its (:Import) record. */
  files: string[];
  /** Run before the first batch of a link file: looks up the ends the validation found so far in the database. */
  beforeLinks: () => Promise<void>;
  /** Why the import stops (validation found a problem), checked before every batch. */
  stopped: () => Error | undefined;
}

/** The smallest and largest batch query, in rows (see batchRows). */
export const MIN_BATCH_ROWS = 1000;
export const MAX_BATCH_ROWS = 10_000;

/** Where a batch is written: the one transaction, or (staged) a transaction of its own. */
interface Target {
  importId: string | null;
  /** Batches go as files LOAD CSV reads (the project's own Neo4j); otherwise as parameters. */
  files?: BatchFiles;
  batch(work: (w: Writer) => Promise<void>): Promise<void>;
}

type Row = Record<string, unknown>;

/** The object without its undefined values (itself when it has none, as rows read from files never do). */
const clean = (o: Row): Row => {
  for (const k in o) if (o[k] === undefined) return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return o;
};

const mentionSection = (file: string) => `import: ${file}`;

function nodeRows(label: NodeLabel, record: Row, file: string) {
  const { id, sources, evidence, ...rest } = record as Row & { id: string; sources?: string[]; evidence?: string };
  const refs = REFERENCE_FIELDS[label] ?? {};
  const props = clean(REFERENCE_FIELDS[label] ? Object.fromEntries(Object.entries(rest).filter(([k]) => !(k in refs))) : rest);
  const section = mentionSection(file);
  const quote = evidence ?? String(record.name);
  // A new node's mentions are created outright, so a document cited twice is cited once.
  const mentions = [...new Set(sources ?? [])].map((doc) => ({ doc, section, quote }));
  const links = Object.entries(refs).map(([field, spec]) => ({ type: spec.type, to: spec.label, row: { from: id, to: record[field] as string, props: {} } }));
  return { node: { id, props, mentions }, mentions: mentions.length, links, docs: mentions.length ? mentions.map((m) => m.doc) : undefined, quote };
}

/** Runs one batch query (import-stage-nodes or -links) and adds what it did to the tally. */
interface Staged {
  written: number;
  mentioned: number;
  created: number;
  updated: number;
}

async function stage(w: Writer, q: QueryRef, rows: Row[], what: string, params: Record<string, unknown>, into?: Outcomes, mentions = 0): Promise<void> {
  const [rec] = await w.rows<Staged>(q, { ...params, rows });
  const { written, mentioned, created, updated } = rec!;
  if (written !== rows.length) throw new Error(`only ${written} of ${rows.length} ${what} found their ends`);
  if (mentions && mentioned !== mentions) throw new Error(`only ${mentioned} of ${mentions} ${what} mentions found their document`);
  if (!into) return;
  into.created += created;
  into.updated += updated;
  into.unchanged += written - created - updated;
}

/**
 * `sources` and `total`: the validated sources and their rows; or (early) the sources as
 * validation lets them through, in import order, and the rows known so far — the iteration ends
 * when every file is validated without a problem, and fails (a staged import is then undone, the
 * one transaction rolled back) when one is found.
 */
export async function writeImport(
  db: GraphDb,
  sources: ImportSource[] | AsyncIterable<ImportSource>,
  resolver: Resolver,
  total: number | (() => number),
  options: WriteOptions & { early?: EarlyWrite } = {},
): Promise<WriteSummary> {
  const started = performance.now();
  const rowsNow = typeof total === 'number' ? () => total : total;
  const early = Array.isArray(sources) ? undefined : options.early;
  if (!Array.isArray(sources) && !early) throw new Error('writing while validating needs options.early');
  const staged = options.staged ?? rowsNow() > STAGE_ABOVE_ROWS;
  const session = db.openWriteSession();
  const timeout = options.timeoutMs ?? 3_600_000;
  let batches = 0;
  let importId: string | null = null;
  let tx: OpenTransaction | undefined;
  const folder = options.viaFiles === false ? undefined : db.options.importFolder;
  const files = folder ? await BatchFiles.open(folder) : undefined;
  try {
    if (staged) {
      const id = await beginStagedImport(db, early ? early.files : (sources as ImportSource[]).map((s) => s.name));
      importId = id;
      const target: Target = {
        importId: id,
        files,
        async batch(work) {
          await session.transaction(timeout, (w) => stagedBatch(w, id, work));
          batches++;
        },
      };
      const beat = () => db.write((w) => stagedBatchStart(w, id));
      const result = await writeAll(target, early ? whileBeating(sources as AsyncIterable<ImportSource>, beat) : sources, resolver, rowsNow, options, early);
      // From here on everything is written: an interrupted switch-over is finished, never undone.
      importId = null;
      await finishStagedImport(db, id).catch((err: unknown) => {
        releaseStagedImport(id);
        throw new SwitchOverInterrupted(err);
      });
      return summary(result, started, batches);
    }
    const one = session.begin(timeout);
    tx = one;
    // Written early, the transaction stays open until every file is valid; nothing of it is visible before the commit.
    const result = await writeAll({ importId: null, files, batch: (work) => work(one.writer) }, sources, resolver, rowsNow, options, early);
    await one.commit();
    return summary(result, started);
  } catch (err) {
    await tx?.rollback();
    if (importId) await undoAfterFailure(db, importId, err);
    throw err;
  } finally {
    await session.close().catch(() => {});
    await files?.close();
  }
}

/** How often an import that waits for validation says it is alive (ABANDONED_AFTER_MS is much longer). */
const WAITING_HEARTBEAT_MS = 30_000;

/** The sources; while the next one is awaited (a later file still being validated), the import renews its heartbeat. */
async function* whileBeating(sources: AsyncIterable<ImportSource>, beat: () => Promise<void>): AsyncIterable<ImportSource> {
  const it = sources[Symbol.asyncIterator]();
  for (;;) {
    const next = it.next();
    let result: IteratorResult<ImportSource> | 'tick';
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const tick = new Promise<'tick'>((resolve) => (timer = setTimeout(() => resolve('tick'), WAITING_HEARTBEAT_MS)));
      result = await Promise.race([next, tick]).finally(() => clearTimeout(timer));
      if (result !== 'tick') break;
      await beat();
    }
    if (result.done) return;
    yield result.value;
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

function summary({ written, done, viaFiles }: { written: Record<string, Outcomes>; done: number; viaFiles: number }, started: number, stagedBatches?: number): WriteSummary {
  const ms = performance.now() - started;
  return { written, rows: done, rowsViaFiles: viaFiles, ms: Math.round(ms), rowsPerSecond: Math.round(done / (ms / 1000)), ...(stagedBatches === undefined ? {} : { stagedBatches }) };
}

/**
 * Rows per batch query: large batches are much faster (fewer round trips, plans and commits),
 * but every import reports progress (and, staged, its heartbeat) at least about 20 times, so
 * small imports keep batches of MIN_BATCH_ROWS.
 */
export function batchRows(total: number): number {
  return Math.min(MAX_BATCH_ROWS, Math.max(MIN_BATCH_ROWS, Math.ceil(total / 20 / MIN_BATCH_ROWS) * MIN_BATCH_ROWS));
}

async function writeAll(target: Target, sources: ImportSource[] | AsyncIterable<ImportSource>, resolver: Resolver, total: () => number, options: WriteOptions, early?: EarlyWrite) {
  const params = { import: target.importId };
  const size = batchRows(total());
  const written: Record<string, Outcomes> = {};
  const tally = (key: string) => (written[key] ??= { created: 0, updated: 0, unchanged: 0 });
  let done = 0;
  let viaFiles = 0;
  /** Nodes a batch file created (Label|id): links with such an end cannot exist yet. */
  const createdNodes = new Set<string>();
  // One batch is written while the next one is read and prepared; batches still go to Neo4j
  // one after the other, in order.
  let inFlight: Promise<void> | undefined;
  const send = async (work: (w: Writer) => Promise<void>, rows: number, file: string) => {
    await inFlight;
    const stopped = early?.stopped();
    if (stopped) throw stopped;
    const next = (async () => {
      await target.batch(work);
      if (!rows) return;
      done += rows;
      await options.onProgress?.({ done, total: Math.max(done, total()), file });
    })();
    // Awaited before the next batch (or at the end); until then a failure must not count as unhandled.
    next.catch(() => {});
    inFlight = next;
  };
  // Node references (an observation's sector and region) wait until every node is in.
  const deferred = new Map<string, { q: QueryRef; what: string; rows: Row[]; params: Record<string, unknown> }>();
  const writeDeferred = async () => {
    for (const { q, what, rows, params: p } of deferred.values()) {
      for (let i = 0; i < rows.length; i += size) {
        const slice = rows.slice(i, i + size);
        await send((w) => stage(w, q, slice, what, p), 0, what);
      }
    }
    deferred.clear();
  };

  for await (const source of Array.isArray(sources) ? inImportOrder(sources) : sources) {
    const { target: into, name } = source;
    if (into.kind === 'link') {
      await early?.beforeLinks();
      await writeDeferred();
    }
    let batch: Row[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const rows = batch;
      batch = [];
      if (into.kind === 'node') {
        const label = into.label;
        const parts = rows.map((r) => nodeRows(label, r, name));
        const q = { name: 'import-stage-nodes', slots: { LABEL: label } };
        const what = `${label} nodes`;
        // Written while the batch before is in Neo4j.
        const file = await target.files?.write(into, parts.map((p) => ({ ...p.node, _docs: p.docs, _quote: p.docs && p.quote })), ['id'], ['_docs', '_quote']);
        await send(async (w) => {
          let rest = parts;
          if (file) {
            const loaded = await loadBatch(w, file, { kind: 'node', label, section: mentionSection(name), mentionsAt: (i) => parts[i]!.mentions }, target.importId, what);
            tally(label).created += loaded.created;
            viaFiles += loaded.created;
            for (const i of loaded.createdAt) createdNodes.add(`${label}|${parts[i]!.node.id}`);
            rest = loaded.rest.map((i) => parts[i]!);
          }
          const mentions = rest.reduce((n, p) => n + p.mentions, 0);
          if (rest.length) await stage(w, q, rest.map((p) => p.node), what, { ...params, label }, tally(label), mentions);
        }, rows.length, name);
        for (const l of parts.flatMap((p) => p.links)) {
          const slots = { TYPE: l.type, FROM: label, TO: l.to };
          const key = `${l.type}|${label}|${l.to}`;
          const entry = deferred.get(key) ?? { q: { name: 'import-stage-links', slots }, what: `${l.type} links`, rows: [] as Row[], params: { ...params, type: l.type, from: label, to: l.to } };
          entry.rows.push(l.row);
          deferred.set(key, entry);
        }
      } else {
        const groups = linkGroups(into.type, rows, resolver);
        const type = into.type;
        const what = `${type} links`;
        // Links with an end this import created (known when the batch is read) are new for sure.
        const split = groups.flatMap((g) => {
          if (!target.files) return [{ ...g, fresh: false }];
          const isNew = (r: Row) => createdNodes.has(`${g.from}|${r.from as string}`) || createdNodes.has(`${g.to}|${r.to as string}`);
          return [
            { ...g, rows: g.rows.filter(isNew), fresh: true },
            { ...g, rows: g.rows.filter((r) => !isNew(r)), fresh: false },
          ].filter((p) => p.rows.length);
        });
        const files = await Promise.all(split.map((g) => target.files?.write(into, g.rows, ['from', 'to'])));
        await send(
          async (w) => {
            for (const [k, g] of split.entries()) {
              const slots = { TYPE: type, FROM: g.from, TO: g.to };
              let rest = g.rows;
              const file = files[k];
              if (file) {
                const loaded = await loadBatch(w, file, { kind: 'link', type, from: g.from, to: g.to, fresh: g.fresh }, target.importId, what);
                tally(type).created += loaded.created;
                viaFiles += loaded.created;
                rest = loaded.rest.map((i) => g.rows[i]!);
              }
              if (rest.length) await stage(w, { name: 'import-stage-links', slots }, rest, what, { ...params, type, from: g.from, to: g.to }, tally(type));
            }
          },
          rows.length,
          name,
        );
      }
    };
    for await (const item of source.rows()) {
      if ('error' in item) throw new Error(`${name} row ${item.row}: ${item.error}`);
      batch.push(item.record);
      if (batch.length >= size) await flush();
    }
    await flush();
  }
  await writeDeferred();
  await inFlight;
  return { written, done, viaFiles };
}

/** A batch of link rows grouped by the labels of their ends, in canonical direction. */
function linkGroups(type: RelType, rows: Row[], resolver: Resolver): { from: NodeLabel; to: NodeLabel; rows: Row[] }[] {
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
  return [...groups.values()];
}
