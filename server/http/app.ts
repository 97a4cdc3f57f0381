import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import type { Config } from '../config.ts';
import { consoleRoutes } from '../console/routes.ts';
import { ConsoleDb } from '../db/console-db.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { AnalysisPool } from '../explore/analysis-pool.ts';
import { metricsBodyParser } from '../explore/analysis-routes.ts';
import { exploreRoutes } from '../explore/routes.ts';
import { WholeGraphAnalytics } from '../explore/whole-graph-analytics.ts';
import { wholeGraphRoutes } from '../explore/whole-graph-routes.ts';
import { healthRoutes } from '../health/routes.ts';
import { releaseImportClaim } from '../importer/import-claim.ts';
import { importRoutes } from '../importer/routes.ts';
import type { Logger } from '../logger.ts';
import { partnerRoutes } from '../partners/routes.ts';
import { reportRoutes } from '../report/routes.ts';
import { PartnerService } from '../partners/service.ts';
import { requireToken } from './auth.ts';
import { serveClient } from './client-files.ts';
import { trackAvailability } from './availability.ts';
import { refuseDeepJson } from './json-depth.ts';
import { errorHandler, notFound } from './problem.ts';
import { requestLog } from './request-log.ts';
import { cors, rateLimited, securityHeaders } from './security.ts';

export interface AppDeps {
  db: GraphDb;
  config: Config;
  logger: Logger;
  clientDir?: string;
  /** The partner finder; main.ts passes its own to read the network at start. */
  partners?: PartnerService;
  /** The worker threads of the analyses; whoever passes one closes it (main.ts on shutdown). */
  analysis?: AnalysisPool;
}

/** The Express app, and what it holds besides the caller's GraphDb (timers, the console's driver, the import lease). */
export type HelixApp = express.Express & {
  /** The whole-graph analytics job (run after every import through this app, and on demand). */
  wholeGraph: WholeGraphAnalytics;
  /** Stops the app's timers and closes what it opened; the server must stop taking requests first. */
  close(): Promise<void>;
};

export function createApp({ db, config, logger, clientDir: dir = 'dist/client', partners = new PartnerService(db, config.HELIX_PARTNERS_LOAD_TIMEOUT_MS), analysis: given }: AppDeps): HelixApp {
  const analysis = given ?? AnalysisPool.fromConfig(config);
  const clientDir = path.resolve(dir);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: Express hashed every body (SHA-1) for it, a sixth of the serialising time
  // of a large graph, for a 304 that still recomputes the whole answer. Static files keep theirs.
  app.set('etag', false);
  const availability = trackAvailability(db);
  const consoleDb = new ConsoleDb(config, db);
  const wholeGraph = new WholeGraphAnalytics(db, analysis, config.HELIX_PARTNERS_LOAD_TIMEOUT_MS, logger, config.HELIX_RESULT_LIMIT);
  app.use(requestLog(logger));
  // gzip for the API's answers (a large scene's JSON is a fifth of its size on the wire); the client's
  // files come gzipped from the build (client-files.ts) and are left as they are.
  app.use(compression());
  app.use(securityHeaders());
  app.use('/api', cors(config.HELIX_CORS_ORIGINS));
  app.use('/api/metrics', metricsBodyParser(analysis));
  app.use(express.json({ limit: '1mb' }));
  app.use(refuseDeepJson);

  const api = express.Router();
  api.use(healthRoutes(db));
  if (config.HELIX_REQUIRE_TOKEN_FOR_READS) api.use(requireToken(config.HELIX_API_TOKEN));
  api.use(availability.gate);
  // The expensive endpoints: each has its own per-client budget.
  for (const expensive of ['/console/query', '/metrics', '/paths', '/partners', '/compare', '/report', '/synergy']) {
    api.use(expensive, rateLimited(config.HELIX_RATE_LIMIT_PER_MINUTE));
  }
  const importLimit = rateLimited(config.HELIX_RATE_LIMIT_PER_MINUTE);
  // Only starting an import costs; polling its job and fetching templates does not.
  api.post(['/import', '/import/cordis'], (req, res, next) => void importLimit(req, res, next));
  api.use(exploreRoutes(db, config.HELIX_RESULT_LIMIT, analysis, wholeGraph));
  api.use(wholeGraphRoutes(wholeGraph, config.HELIX_API_TOKEN));
  api.use(consoleRoutes(db, consoleDb, config));
  api.use(importRoutes(db, config.HELIX_API_TOKEN, () => wholeGraph.afterImport()));
  api.use(partnerRoutes(partners, config.HELIX_RESULT_LIMIT));
  api.use(reportRoutes({ db, pool: analysis, partners, maxLimit: config.HELIX_RESULT_LIMIT }));
  api.use(notFound);
  app.use('/api', api);

  if (existsSync(path.join(clientDir, 'index.html'))) {
    serveClient(app, clientDir, { maxAge: '1h' });
  }
  app.use(errorHandler(logger, () => availability.markDown()));
  return Object.assign(app, {
    wholeGraph,
    async close() {
      availability.stop();
      await releaseImportClaim();
      await wholeGraph.settled();
      await consoleDb.close();
      // a pool the caller passed is the caller's to close
      if (!given) await analysis.close();
      await partners.close();
    },
  });
}
