import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import type { ConsoleResult } from '../../contract/index.ts';
import { resultElements } from './elements.ts';
import { checkText, positionOf, type Position } from './guard.ts';
import { checkPlan, type PlanNode } from './plan-check.ts';
import { serialise, type Value } from './serialise.ts';

// A researcher's query, read-only by construction: the text check, then Neo4j's own plan
// (EXPLAIN) must be a read without forbidden operators, then it runs in a READ session's
// transaction with a timeout, is cut at a number of rows and bytes, and is rolled back —
// nothing the console runs is ever committed.

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

/** An error Neo4j reported for the query: its code, message and position in the query text. */
export class CypherError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly position?: Position,
  ) {
    super(message);
  }
}

const PREFIX = 'EXPLAIN\n';

/** Neo4j's error, with positions that point into the researcher's text rather than ours. */
function cypherError(err: unknown, text: string, shifted: boolean): unknown {
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
  return new CypherError(e.code, message, position);
}

/** JSON integers become Cypher integers (JSON has one number type; LIMIT $n needs an integer). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  return value;
}

async function explain(tx: Transaction, text: string, params: Record<string, unknown>) {
  try {
    const { summary } = await tx.run(PREFIX + text, params);
    return summary;
  } catch (err) {
    throw cypherError(err, text, true);
  }
}

export async function runConsoleQuery(
  driver: Driver,
  database: string,
  input: { query: string; params: Record<string, unknown> },
  limits: ConsoleLimits,
): Promise<ConsoleResult> {
  const text = checkText(input.query);
  const params = toCypherParams(input.params) as Record<string, unknown>;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const started = Date.now();
    const planTx = session.beginTransaction({ timeout: limits.timeoutMs });
    try {
      const summary = await explain(planTx, text, params);
      checkPlan(summary.queryType, summary.plan as PlanNode | false);
    } finally {
      await planTx.rollback();
    }
    const planned = Date.now();

    const rows: Record<string, Value>[] = [];
    let columns: string[] = [];
    let bytes = 0;
    let truncated: ConsoleResult['summary']['truncated'];
    const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'helix-explorer-console' } });
    try {
      const result = tx.run(text, params);
      columns = await result.keys();
      for await (const record of result) {
        if (rows.length >= limits.maxRows) {
          truncated = { by: 'rows', message: `The result was cut at ${limits.maxRows} rows; add a LIMIT or ask for fewer rows.` };
          break;
        }
        const row = Object.fromEntries(columns.map((c) => [c, serialise(record.get(c))]));
        bytes += JSON.stringify(row).length;
        if (bytes > limits.maxBytes) {
          truncated = { by: 'bytes', message: `The result was cut after ${rows.length} rows at ${Math.round(limits.maxBytes / 1024)} KiB; return fewer or smaller values.` };
          break;
        }
        rows.push(row);
      }
    } catch (err) {
      throw cypherError(err, text, false);
    } finally {
      await tx.rollback().catch(() => undefined);
    }
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
  } finally {
    await session.close();
  }
}
