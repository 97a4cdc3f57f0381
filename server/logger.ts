import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Paths censored in anything logged (the request log censors more by name: http/request-log.ts).
 * Listed here too so that a request or response logged outside pino-http stays clean.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-auth-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'token',
  'password',
];

/** JSON lines for machines; readable lines when a person watches a terminal. `destination` is for tests that read the log. */
export function createLogger(level: string, pretty = Boolean(process.stdout.isTTY), destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = { level, base: { app: 'helix-explorer' }, redact: { paths: REDACT, censor: '[Redacted]' } };
  if (destination) return pino(options, destination);
  if (!pretty) return pino(options);
  return pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,app', translateTime: 'HH:MM:ss' } } });
}
