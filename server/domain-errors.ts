// What went wrong, in the domain's terms: services throw these and know nothing of HTTP;
// server/http/problem.ts turns each into a problem (RFC 9457) in one place.

export interface DomainErrorOptions {
  /** A title more precise than the kind's own ("Query refused"). */
  title?: string;
  /** More members for the problem (a refusal's rule and position, an import's report). */
  extra?: Record<string, unknown>;
}

export abstract class DomainError extends Error {
  constructor(
    /** The request field the error is about, when there is one. */
    readonly field: string | undefined,
    message: string,
    readonly options: DomainErrorOptions = {},
  ) {
    super(message);
  }
}

/** Something the request names does not exist. */
export class NotFound extends DomainError {}
/** The request is well-formed but makes no sense (from = to, an inconsistent graph). */
export class Invalid extends DomainError {}
/** The request is not allowed (a console query that could write). */
export class Refused extends DomainError {}
/** The request clashes with work in progress (a running import). */
export class Conflict extends DomainError {}
/** The request's content cannot be processed (an import file with problems, a query failing in Neo4j). */
export class Unprocessable extends DomainError {}
/** The request or its answer is larger than the server allows. */
export class TooLarge extends DomainError {}
/** The work ran longer than its timeout and was stopped. */
export class TimedOut extends DomainError {}
/** The server has no room for the work now; it may have room after `retryAfterS` seconds. */
export class Busy extends DomainError {
  constructor(
    message: string,
    readonly retryAfterS: number,
    options: DomainErrorOptions = {},
  ) {
    super(undefined, message, options);
  }
}

/** The one "no such node" of the API: `field` names nodes (ids) that are not in the graph. */
export const noSuchNode = (field: string, ids: readonly string[]) => new NotFound(field, `no node ${ids.join(', ')}`);
