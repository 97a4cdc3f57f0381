import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.ts';

// One log line per request, without secrets: credential-bearing headers (Authorization, cookies,
// anything named like a token, key, secret or session) and credential-like query parameters in the
// logged URL are replaced by CENSOR. pino's own `redact` (in logger.ts) covers the usual paths of
// any logged object as well; this catches the names that cannot be listed in advance.

export const CENSOR = '[Redacted]';
const SECRET_NAME = /authori[sz]ation|cookie|token|api[-_]?key|secret|password|passwd|session|credential|signature|^x-amz-|^x-goog-|auth/i;

export const isSecretName = (name: string): boolean => SECRET_NAME.test(name);

/** Headers with every credential-bearing value censored (a copy: the request keeps its own). */
export function redactHeaders(headers: IncomingHttpHeaders | Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, isSecretName(k) ? CENSOR : v]));
}

/** A request path with the values of credential-like query parameters censored. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // a malformed escape: judge the raw name
      }
      return eq >= 0 && isSecretName(decoded) ? `${name}=${encodeURIComponent(CENSOR)}` : pair;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

const redactRecord = (record: unknown) =>
  record && typeof record === 'object' ? Object.fromEntries(Object.entries(record).map(([k, v]) => [k, isSecretName(k) ? CENSOR : v])) : record;

interface SerialisedRequest {
  url?: string;
  query?: unknown;
  headers?: IncomingHttpHeaders;
  [key: string]: unknown;
}

/** The request log of the app: a request id (also the X-Request-Id answer header), levels by status, no secrets. */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (_req, res) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: SerialisedRequest) => ({ ...req, url: redactUrl(req.url), query: redactRecord(req.query), headers: redactHeaders(req.headers) }),
      res: (res: { headers?: Record<string, unknown>; [key: string]: unknown }) => ({ ...res, headers: redactHeaders(res.headers) }),
    },
  });
}
