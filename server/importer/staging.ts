import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { GraphDb } from '../db/graph-db.ts';
import type { QueryRef, Row, Writer } from '../db/rows.ts';

// Staging for imports too large for one transaction (docs/import-format.md): every batch is its
// own transaction under an import id recorded on an (:Import) node. Each batch lists what it
// created on an (:ImportUndo) node, and what it changes keeps its previous properties on one
// (the changed item is marked `_undo`). The switch-over removes the marks and undo records;
// the undo restores what was changed and deletes what was created. Both run in batches
// (CALL … IN TRANSACTIONS) and can be repeated, so an interrupted switch-over or undo simply
// runs again at the next start or import.

/** Everything was written, but the switch-over did not complete; it is finished at the next start or import. */
export class SwitchOverInterrupted extends Error {
  constructor(cause: unknown) {
    super(`every row was written, but the switch-over was interrupted (${(cause as Error).message.split('\n')[0]}); it completes at the next start or import`);
  }
}

/** Imports of more rows than this are staged; smaller ones are written in one transaction. */
export const STAGE_ABOVE_ROWS = 20_000;
/** An unfinished import whose process has not written a batch for this long is abandoned. */
export const ABANDONED_AFTER_MS = 120_000;

const HOST = os.hostname();
/** Imports this process is writing now: never recovered from under its feet. */
const active = new Set<string>();

const autoCommit = (db: GraphDb, q: QueryRef, params: Row) => db.autoCommit(q, params);

const setStatus = (db: GraphDb, id: string, status: 'finishing' | 'undoing') => db.write((w) => w.rows('import-set-status', { id, status }));
const end = (db: GraphDb, id: string) => db.write((w) => w.rows('import-end', { id }));

export async function beginStagedImport(db: GraphDb, files: string[]): Promise<string> {
  const id = randomUUID();
  active.add(id);
  try {
    await db.write((w) => w.rows('import-begin', { id, host: HOST, pid: process.pid, files }));
  } catch (err) {
    active.delete(id);
    throw err;
  }
  return id;
}

const noLongerRunning = (id: string) => new Error(`import ${id} is no longer running (it was undone)`);

/** The import's heartbeat on its own (while it waits for a file still being validated); refuses when the import was undone meanwhile. */
export async function stagedBatchStart(w: Writer, id: string): Promise<void> {
  const alive = await w.rows('import-heartbeat', { id });
  if (!alive.length) throw noLongerRunning(id);
}

/**
 * A staged batch's statements, after the heartbeat that opens its transaction. The heartbeat is
 * sent without waiting for its answer, so Neo4j runs the batch's first query right after it
 * rather than after a round trip through this (busy) process; its answer is checked before the
 * transaction commits, and a batch of an import undone meanwhile fails and is rolled back.
 * The heartbeat is still the batch's first statement: it takes the (:Import) node's lock before
 * anything is written, so an undo cannot slip in between.
 */
export async function stagedBatch(w: Writer, id: string, work: (w: Writer) => Promise<void>): Promise<void> {
  const beat = w.rows('import-heartbeat', { id });
  // Awaited below; until then a failure must not count as unhandled.
  beat.catch(() => {});
  try {
    await work(w);
  } catch (err) {
    // A failed heartbeat fails the batch's queries too, and an import undone meanwhile makes them
    // fail (their ends are gone): say why.
    const alive = await beat;
    if (!alive.length) throw noLongerRunning(id);
    throw err;
  }
  if (!(await beat).length) throw noLongerRunning(id);
}

interface UndoKind {
  kind: 'node' | 'link' | 'created-nodes' | 'created-links' | 'mentioned-nodes';
  label: string | null;
  type: string | null;
  from: string | null;
  to: string | null;
}

/** The kinds of undo record an import left, by label or relationship type; Documents last (other nodes' mentions point to them). */
async function undoKinds(db: GraphDb, id: string): Promise<UndoKind[]> {
  const kinds = await db.rows<UndoKind>('import-undo-kinds', { id });
  return kinds.sort((a, b) => Number(a.label === 'Document') - Number(b.label === 'Document'));
}

/** Runs the templated query of one kind of undo record over all such records of the import. */
function forKind(db: GraphDb, id: string, name: string, k: UndoKind): Promise<void> {
  if (k.label) return autoCommit(db, { name, slots: { LABEL: k.label } }, { id, label: k.label });
  return autoCommit(db, { name, slots: { TYPE: k.type!, FROM: k.from!, TO: k.to! } }, { id, type: k.type, from: k.from, to: k.to });
}

/**
 * The switch-over: the staged import becomes an ordinary part of the graph. What it created
 * carries no tag, so only the items it changed (and mentions it added to existing nodes) are
 * visited, found through the undo records, which then go.
 */
export async function finishStagedImport(db: GraphDb, id: string): Promise<void> {
  await setStatus(db, id, 'finishing');
  for (const k of await undoKinds(db, id)) {
    if (k.kind === 'node') await forKind(db, id, 'import-finish-changed-nodes', k);
    else if (k.kind === 'link') await forKind(db, id, 'import-finish-changed-links', k);
    else if (k.kind === 'mentioned-nodes') await forKind(db, id, 'import-finish-mentions', k);
  }
  await autoCommit(db, 'import-drop-undo', { id });
  await end(db, id);
  active.delete(id);
}

/** Undoes a staged import exactly: changed items get their previous properties back, created ones go. */
export async function undoStagedImport(db: GraphDb, id: string): Promise<void> {
  await setStatus(db, id, 'undoing');
  const kinds = await undoKinds(db, id);
  const steps: [UndoKind['kind'], string][] = [
    ['node', 'import-undo-restore-nodes'],
    ['link', 'import-undo-restore-links'],
    ['mentioned-nodes', 'import-undo-mentions'],
    ['created-links', 'import-undo-created-links'],
    ['created-nodes', 'import-undo-created-nodes'],
  ];
  for (const [kind, name] of steps) for (const k of kinds.filter((x) => x.kind === kind)) await forKind(db, id, name, k);
  await autoCommit(db, 'import-drop-undo', { id });
  await end(db, id);
  active.delete(id);
}

/** The import was given up by this process (its undo could not run): recovery may take it over. */
export const releaseStagedImport = (id: string) => active.delete(id);

interface Unfinished {
  id: string;
  status: 'running' | 'finishing' | 'undoing';
  host: string;
  pid: number;
  silentMs: number;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function abandoned(i: Unfinished): boolean {
  if (active.has(i.id)) return false;
  if (i.silentMs > ABANDONED_AFTER_MS) return true;
  if (i.host !== HOST) return false;
  return i.pid === process.pid || !processAlive(i.pid);
}

export interface Recovery {
  undone: string[];
  finished: string[];
  /** Imports another live process is writing now. */
  running: string[];
}

/**
 * Looks for staged imports that did not finish (the process or Neo4j died mid-way) and undoes
 * them; one interrupted during its switch-over, when everything was already written, is finished.
 * Run at server start-up and before every import.
 */
export async function recoverImports(db: GraphDb, log: (msg: string) => void = () => {}): Promise<Recovery> {
  const recovery: Recovery = { undone: [], finished: [], running: [] };
  for (const i of await db.rows<Unfinished>('import-unfinished')) {
    if (!abandoned(i)) {
      if (!active.has(i.id)) recovery.running.push(i.id);
      continue;
    }
    if (i.status === 'finishing') {
      log(`finishing the switch-over of import ${i.id}, interrupted earlier`);
      await finishStagedImport(db, i.id);
      recovery.finished.push(i.id);
    } else {
      log(`undoing import ${i.id}, interrupted earlier (status ${i.status})`);
      await undoStagedImport(db, i.id);
      recovery.undone.push(i.id);
    }
  }
  return recovery;
}

/** Recovery before an import writes: refuses while another process is writing a staged import. */
export async function recoverBeforeImport(db: GraphDb): Promise<void> {
  const { running } = await recoverImports(db);
  if (running.length) throw new Error(`another import (${running.join(', ')}) is being written by another process; try again when it is done`);
}
