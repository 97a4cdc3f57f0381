import { isAllowedFunction, isAllowedProcedure } from './allowlist.ts';
import { dottedName, tokenize, TokenizeError, type Token } from './tokens.ts';
import type { Position } from '../../contract/index.ts';
import { Refused } from '../domain-errors.ts';

// The first of the console's checks, on the text: it refuses early, with a clear reason, what
// the EXPLAIN plan check (plan-check.ts) would also refuse, and what a plan cannot show
// (several statements, USE, administration commands).

export type RefusalRule =
  | 'unreadable'
  | 'multiple-statements'
  | 'query-options'
  | 'administration'
  | 'load-csv'
  | 'use'
  | 'in-transactions'
  | 'write'
  | 'procedure'
  | 'function'
  | 'not-read-only'
  | 'too-complex';

export type { Position } from '../../contract/index.ts';

export interface Refusal {
  rule: RefusalRule;
  message: string;
  position?: Position;
}

export class QueryRefused extends Refused {
  constructor(readonly refusal: Refusal) {
    super(undefined, refusal.message, { title: 'Query refused', extra: { ...refusal } });
  }
}

export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - before.lastIndexOf('\n') };
}

const ADMIN_ANYWHERE = new Set(['SHOW', 'ALTER', 'DROP', 'GRANT', 'DENY', 'REVOKE', 'TERMINATE', 'RENAME', 'DEALLOCATE', 'REALLOCATE']);
const ADMIN_FIRST = new Set([...ADMIN_ANYWHERE, 'START', 'STOP', 'ENABLE', 'DRYRUN']);
const CREATE_SCHEMA = new Set(['INDEX', 'CONSTRAINT', 'DATABASE', 'COMPOSITE', 'ALIAS', 'USER', 'ROLE', 'SERVER', 'OR', 'RANGE', 'TEXT', 'POINT', 'LOOKUP', 'FULLTEXT', 'VECTOR', 'BTREE']);
const WRITES = new Set(['CREATE', 'MERGE', 'DELETE', 'DETACH', 'SET', 'REMOVE', 'FOREACH', 'INSERT']);
const OPTIONS = new Set(['EXPLAIN', 'PROFILE', 'CYPHER']);
/** Neo4j's parser takes minutes on deeply nested brackets, before any timeout applies. */
export const MAX_NESTING = 40;

const isPunct = (t: Token | undefined, text: string) => t?.kind === 'punct' && t.text === text;

/** A keyword as Cypher would read it: a plain word, not a property, label, type or map key. */
function keyword(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word') return undefined;
  const prev = tokens[i - 1];
  if (isPunct(prev, '.') || isPunct(prev, ':')) return undefined;
  if (isPunct(tokens[i + 1], ':') && (isPunct(prev, '{') || isPunct(prev, ','))) return undefined;
  return t.text.toUpperCase();
}

/**
 * Checks a query's text; returns it without a trailing `;`, or throws QueryRefused naming the
 * rule and where in the text it applies.
 */
export function checkText(query: string): string {
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch (err) {
    if (err instanceof TokenizeError) throw new QueryRefused({ rule: 'unreadable', message: `The query cannot be read: ${err.message}.` });
    throw err;
  }
  const refuse = (rule: RefusalRule, message: string, at: number): never => {
    throw new QueryRefused({ rule, message, position: positionOf(query, at) });
  };

  let text = query;
  const last = tokens.at(-1);
  if (isPunct(last, ';')) {
    tokens = tokens.slice(0, -1);
    text = query.slice(0, last!.at);
  }
  const semicolon = tokens.find((t) => isPunct(t, ';'));
  if (semicolon) refuse('multiple-statements', 'The console runs one statement at a time: remove the ";" and what follows it.', semicolon.at);

  let depth = 0;
  for (const t of tokens) {
    if (t.kind !== 'punct') continue;
    if ('([{'.includes(t.text)) depth += 1;
    else if (')]}'.includes(t.text)) depth -= 1;
    if (depth > MAX_NESTING) refuse('too-complex', `Brackets nest more than ${MAX_NESTING} levels deep; Neo4j would take too long even to read the query.`, t.at);
  }

  const first = keyword(tokens, 0);
  if (first && OPTIONS.has(first)) {
    refuse('query-options', `${first} is not available in the console: it plans every query itself; leave the prefix out.`, tokens[0]!.at);
  }
  if (first && ADMIN_FIRST.has(first)) {
    refuse('administration', `${first} commands administer the database and are refused: the console only reads the graph.`, tokens[0]!.at);
  }

  for (let i = 0; i < tokens.length; i++) {
    const word = keyword(tokens, i);
    const at = tokens[i]!.at;
    if (word) {
      const next = keyword(tokens, i + 1);
      if (ADMIN_ANYWHERE.has(word)) refuse('administration', `${word} commands administer the database and are refused: the console only reads the graph.`, at);
      if (word === 'LOAD' && next === 'CSV') refuse('load-csv', 'LOAD CSV reads files and URLs and is refused in the console.', at);
      if (word === 'USE') refuse('use', 'USE is refused: the console queries only this app’s database.', at);
      if (word === 'TRANSACTIONS') refuse('in-transactions', 'CALL { … } IN TRANSACTIONS is refused: it commits batches of writes.', at);
      if (word === 'CREATE' && next && CREATE_SCHEMA.has(next)) {
        refuse('administration', `CREATE ${next} changes the schema or the server and is refused: the console only reads the graph.`, at);
      }
      if (WRITES.has(word)) refuse('write', `${word} writes to the graph and is refused: the console is read-only.`, at);
      if (word === 'CALL') {
        const after = tokens[i + 1];
        if (isPunct(after, '{') || isPunct(after, '(')) continue;
        const proc = dottedName(tokens, i + 1);
        if (!proc) refuse('procedure', 'CALL must be followed by a subquery { … } or an allowed procedure.', at);
        if (!isAllowedProcedure(proc!.name)) refuse('procedure', `The procedure ${proc!.name} is not on the console's allowlist of read-only procedures.`, tokens[i + 1]!.at);
        i = proc!.next - 1;
        continue;
      }
    }
    const t = tokens[i]!;
    if ((t.kind === 'word' || t.kind === 'name') && !isPunct(tokens[i - 1], '.')) {
      const fn = dottedName(tokens, i);
      if (fn && isPunct(tokens[fn.next], '(') && !isAllowedFunction(fn.name)) {
        refuse('function', `The function ${fn.name} is not on the console's allowlist: only Cypher's built-in functions are available.`, at);
      }
    }
  }
  return text;
}
