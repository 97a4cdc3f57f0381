import type { Problem } from '../api/client.ts';
import { ApiError } from '../api/fetch.ts';
import type { Key, Translator } from '../i18n/index.ts';

// A failed request in the reader's words: what happened and what to do. Known server titles map to
// dictionary keys (the server's titles are fixed English strings, server/http/problem.ts and the
// domain errors); an unknown one still gets a plain sentence, with the server's text in the detail.

type Kind = 'Unreachable' | 'Missing' | 'NotFound' | 'Invalid' | 'Database' | 'Timeout' | 'TooLarge' | 'Busy' | 'TooMany' | 'WritesOff' | 'Unauthorized' | 'ImportRunning' | 'ImportProblems' | 'ImportFailed' | 'Internal' | 'Refused' | 'Cypher' | 'QueryFailed' | 'BadParams' | 'View' | 'PeriodBar' | 'Other';

const BY_TITLE: Record<string, Kind> = {
  'Not found': 'NotFound',
  'Invalid request': 'Invalid',
  'Bad Request': 'Invalid',
  'Database unavailable': 'Database',
  'Query timed out': 'Timeout',
  'Timed out': 'Timeout',
  'Analysis timed out': 'Timeout',
  'Query stopped by the timeout': 'Timeout',
  'Result too large': 'TooLarge',
  'Too large': 'TooLarge',
  'Payload Too Large': 'TooLarge',
  'Query stopped: too much memory': 'TooLarge',
  Busy: 'Busy',
  'Analysis queue full': 'Busy',
  'Too many requests': 'TooMany',
  'Write endpoints are off': 'WritesOff',
  Unauthorized: 'Unauthorized',
  'An import is running': 'ImportRunning',
  Conflict: 'ImportRunning',
  'Import failed': 'ImportFailed',
  'Internal error': 'Internal',
  'Query refused': 'Refused',
  Refused: 'Refused',
  'Cypher error': 'Cypher',
  'Parameters are not a JSON object': 'BadParams',
  'Query failed': 'QueryFailed',
  'Cannot be processed': 'QueryFailed',
  'View failed': 'View',
  'Period bar failed': 'PeriodBar',
};

const BY_STATUS: Record<number, Kind> = { 400: 'Invalid', 401: 'Unauthorized', 403: 'Refused', 404: 'NotFound', 409: 'ImportRunning', 413: 'TooLarge', 429: 'TooMany', 500: 'Internal', 503: 'Database', 504: 'Timeout' };

/** The console's refusal rules (server/console/guard.ts), each said in the reader's language. */
const REFUSAL: Record<string, Key> = {
  unreadable: 'refusalUnreadable',
  'multiple-statements': 'refusalMultipleStatements',
  'query-options': 'refusalQueryOptions',
  administration: 'refusalAdministration',
  'load-csv': 'refusalLoadCsv',
  use: 'refusalUse',
  'in-transactions': 'refusalInTransactions',
  write: 'refusalWrite',
  procedure: 'refusalProcedure',
  function: 'refusalFunction',
  'not-read-only': 'refusalNotReadOnly',
  'too-complex': 'refusalTooComplex',
};

export interface Explained {
  title: string;
  /** What the reader can do about it. */
  todo: string;
  /** Technical detail, shown folded: what the server said, its code and request id. */
  technical: { label: string; value: string }[];
}

export function problemOf(error: Error | Problem): { problem: Problem; endpoint?: string; missing: boolean } {
  if (error instanceof ApiError) return { problem: error.problem, endpoint: error.endpoint, missing: error.missing };
  if (error instanceof Error) return { problem: { status: -1, title: error.message }, missing: false };
  return { problem: error, missing: false };
}

function kindOf(problem: Problem, missing: boolean): Kind {
  if (problem.status === 0) return 'Unreachable';
  if (missing) return 'Missing';
  if (problem.report && !problem.report.ok) return 'ImportProblems';
  return BY_TITLE[problem.title] ?? BY_STATUS[problem.status] ?? 'Other';
}

export function explain(error: Error | Problem, t: Translator['t']): Explained {
  const { problem, endpoint, missing } = problemOf(error);
  const kind = kindOf(problem, missing);
  const rule = problem.rule ? REFUSAL[problem.rule] : undefined;
  const technical: Explained['technical'] = [];
  const add = (label: Key, value: unknown) => value !== undefined && value !== '' && technical.push({ label: t(label), value: String(value) });
  if (problem.status > 0) add('errorStatus', problem.status);
  add('errorTitle', problem.title);
  add('errorDetail', problem.detail);
  add('errorCode', problem.code ?? problem.rule);
  add('errorEndpoint', endpoint);
  add('errorRequest', problem.requestId);
  return {
    title: t(`err${kind}Title` as Key),
    todo: rule ? `${t(rule)} ${t(`err${kind}Do` as Key)}` : t(`err${kind}Do` as Key),
    technical,
  };
}
