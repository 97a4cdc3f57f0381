import type { ConsoleResult } from '../../contract/index.ts';
import { toCypherParams, type ConsoleDb, type ConsoleTx } from '../db/console-db.ts';
import { Invalid, TimedOut, Unprocessable } from '../domain-errors.ts';
import { resultElements } from './elements.ts';
import { checkText, positionOf, type Position } from './guard.ts';
import { checkPlan, type PlanNode } from './plan-check.ts';
import type { Value } from '../db/console-values.ts';

// A researcher's query, read-only by construction: the text check, then Neo4j's own plan
// (EXPLAIN) must be a read without forbidden operators, then it runs in a READ session's
// transaction with a timeout, is cut at a number of rows and bytes, and is rolled back —
// nothing the console runs is ever committed.

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

const PREFIX = 'EXPLAIN\n';

/**
 * Neo4j's error as a domain error with its code and a position that points into the researcher's
 * text rather than ours; anything else (Neo4j gone) unchanged.
 */
function cypherError(err: unknown, text: string, shifted: boolean, timeoutMs: number): unknown {
  const e = err as { code?: string; message?: string; name?: string };
  if (typeof e.code !== 'string' || !e.code.startsWith('Neo.')) return err;
  let message = e.message ?? e.code;
  let position: Position | undefined;
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  if (m) {
    const offset = Math.max(0, Number(m[3]) - (shifted ? PREFIX.length : 0));
    position = positionOf(text, Math.min(offset, text.length));
    message = message.replace(m[0], `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`);
  }
  const options = (title: string) => ({ title, extra: { code: e.code, ...(position ? { position } : {}) } });
  if (/TransactionTimedOut/.test(e.code)) return new TimedOut(undefined, `The query ran longer than ${timeoutMs} ms and was stopped; nothing was changed.`, options('Query stopped by the timeout'));
  if (/MemoryPoolOutOfMemory|OutOfMemory/.test(e.code)) return new Unprocessable(undefined, message, options('Query stopped: too much memory'));
  if (/^Neo\.ClientError\./.test(e.code)) return new Invalid(undefined, message, options('Cypher error'));
  return new Unprocessable(undefined, message, options('Query failed'));
}

async function explain(tx: ConsoleTx, text: string, params: Record<string, unknown>, timeoutMs: number) {
  try {
    return await tx.summary(PREFIX + text, params);
  } catch (err) {
    throw cypherError(err, text, true, timeoutMs);
  }
}

export async function runConsoleQuery(db: ConsoleDb, input: { query: string; params: Record<string, unknown> }, limits: ConsoleLimits): Promise<ConsoleResult> {
  const text = checkText(input.query);
  const params = toCypherParams(input.params) as Record<string, unknown>;
  const started = Date.now();
  await db.rolledBack(limits.timeoutMs, async (tx) => {
    const summary = await explain(tx, text, params, limits.timeoutMs);
    checkPlan(summary.queryType, summary.plan as PlanNode | false);
  });
  const planned = Date.now();

  const rows: Record<string, Value>[] = [];
  let columns: string[] = [];
  let bytes = 0;
  let truncated: ConsoleResult['summary']['truncated'];
  await db.rolledBack(
    limits.timeoutMs,
    async (tx) => {
      try {
        columns = await tx.stream(text, params, (row) => {
          if (rows.length >= limits.maxRows) {
            truncated = { by: 'rows', message: `The result was cut at ${limits.maxRows} rows; add a LIMIT or ask for fewer rows.` };
            return false;
          }
          bytes += JSON.stringify(row).length;
          if (bytes > limits.maxBytes) {
            truncated = { by: 'bytes', message: `The result was cut after ${rows.length} rows at ${Math.round(limits.maxBytes / 1024)} KiB; return fewer or smaller values.` };
            return false;
          }
          rows.push(row);
          return true;
        });
      } catch (err) {
        throw cypherError(err, text, false, limits.timeoutMs);
      }
    },
    { app: 'helix-explorer-console' },
  );
  const elements = resultElements(rows);
  return {
    columns,
    rows,
    elements,
    summary: {
      rows: rows.length,
      nodes: elements.nodes.length,
      edges: elements.edges.length,
      planMs: planned - started,
      runMs: Date.now() - planned,
      ...(truncated ? { truncated } : {}),
    },
  };
}
