import { isAllowedFunction, isAllowedProcedure } from './allowlist.ts';
import { QueryRefused } from './guard.ts';

// The second check, on what Neo4j itself planned (EXPLAIN): the query type must be read-only,
// and no operator may load files, batch transactions, write, or call a procedure or function
// outside the allowlist. Comments and spelling tricks do not survive into a plan.

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const WRITE_OPERATOR = /Create|Merge|Delete|Set[A-Z]|Remove|Foreach|LoadCSV|Transaction(Foreach|Apply)/;
const CALLED = /([A-Za-z_`][\w`]*(?:\s*\.\s*[A-Za-z_`][\w`]*)+)\s*\(/g;

const operatorName = (p: PlanNode) => p.operatorType.split('@')[0] ?? p.operatorType;

function* walk(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* walk(child);
}

const details = (p: PlanNode) => (typeof p.arguments.Details === 'string' ? p.arguments.Details : '');

export function checkPlan(queryType: string | undefined, plan: PlanNode | false | undefined): void {
  const refuse = (rule: 'not-read-only' | 'load-csv' | 'in-transactions' | 'write' | 'procedure' | 'function', message: string): never => {
    throw new QueryRefused({ rule, message });
  };
  if (queryType !== 'r') {
    const kind = { w: 'writes', rw: 'reads and writes', s: 'changes the schema' }[queryType ?? ''] ?? `is of type "${queryType ?? 'unknown'}"`;
    refuse('not-read-only', `Neo4j plans this query as one that ${kind}; the console runs read-only queries only.`);
  }
  if (!plan) refuse('not-read-only', 'Neo4j gave no plan for this query, so the console cannot check it.');
  for (const op of walk(plan as PlanNode)) {
    const name = operatorName(op);
    if (name === 'LoadCSV') refuse('load-csv', 'The plan loads a CSV file; LOAD CSV is refused in the console.');
    if (/^Transaction(Foreach|Apply)$/.test(name)) refuse('in-transactions', 'The plan commits in batches (CALL { … } IN TRANSACTIONS), which is refused.');
    if (WRITE_OPERATOR.test(name)) refuse('write', `The plan contains the writing operator ${name}; the console is read-only.`);
    if (/ProcedureCall/.test(name)) {
      const proc = /^\s*([\w.`]+)\s*\(/.exec(details(op))?.[1]?.replaceAll('`', '');
      if (!proc || !isAllowedProcedure(proc)) refuse('procedure', `The procedure ${proc ?? '(unnamed)'} is not on the console's allowlist of read-only procedures.`);
    }
    for (const m of details(op).matchAll(CALLED)) {
      const fn = m[1]!.replaceAll(/[`\s]/g, '');
      if (!isAllowedFunction(fn) && !isAllowedProcedure(fn)) refuse('function', `The function ${fn} is not on the console's allowlist: only Cypher's built-in functions are available.`);
    }
  }
}
