import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

// Every setting comes from the environment and is checked here, once, at start-up.

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes'].includes(v));

const size = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

export const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/, 'must be a Neo4j URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j requires it)').optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name').default('neo4j'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  HELIX_API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HELIX_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  HELIX_PARTNERS_LOAD_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
  HELIX_RESULT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  HELIX_CONSOLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  HELIX_SEEDS_DIR: z.string().default('seeds'),
  HELIX_AUTOLOAD_SEEDS: bool.default(true),
  HELIX_NEO4J_HOME: z.string().default('.data/neo4j'),
  HELIX_NEO4J_BOLT_PORT: z.coerce.number().int().min(1024).max(65535).default(7687),
  HELIX_NEO4J_HEAP: size.default('512m'),
  HELIX_NEO4J_PAGECACHE: size.default('256m'),
  HELIX_NEO4J_TX_MEMORY: size.default('256m'),
  HELIX_NEO4J_VERSION: z.string().regex(/^5\.26\.\d+$/, 'must be a Neo4j 5.26.x version').default('5.26.31'),
  HELIX_CACHE_DIR: z.string().default(path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'helix-explorer')),
  HELIX_NEO4J_WAIT_S: z.coerce.number().int().min(0).max(3600).default(60),
  HELIX_CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^\s/,]+$/, 'must be a comma-separated list of origins such as https://example.org')))
    .default([]),
  HELIX_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(60),
  HELIX_REQUIRE_TOKEN_FOR_READS: bool.default(false),
  HELIX_ANALYTICS_THREADS: z.coerce.number().int().min(1).max(256).default(os.availableParallelism()),
  HELIX_ANALYTICS_QUEUE: z.coerce.number().int().min(1).max(10_000).default(16),
  HELIX_ANALYTICS_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment; the error names each bad variable in one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (as docker-compose passes for unset ones) counts as unset.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  if (parsed.data.NEO4J_URI && !parsed.data.NEO4J_PASSWORD) {
    throw new ConfigError('invalid configuration: NEO4J_PASSWORD: is required when NEO4J_URI is set');
  }
  if (parsed.data.HELIX_REQUIRE_TOKEN_FOR_READS && !parsed.data.HELIX_API_TOKEN) {
    throw new ConfigError('invalid configuration: HELIX_API_TOKEN: is required when HELIX_REQUIRE_TOKEN_FOR_READS is true');
  }
  return parsed.data;
}
