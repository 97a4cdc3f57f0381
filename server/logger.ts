import pino from 'pino';

export type Logger = pino.Logger;

/** JSON lines for machines; readable lines when a person watches a terminal. */
export function createLogger(level: string, pretty = Boolean(process.stdout.isTTY)): Logger {
  const options: pino.LoggerOptions = { level, base: { app: 'helix-explorer' } };
  if (!pretty) return pino(options);
  return pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,app', translateTime: 'HH:MM:ss' } } });
}
