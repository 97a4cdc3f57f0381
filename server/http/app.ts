import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.ts';
import { consoleRoutes } from '../console/routes.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { exploreRoutes } from '../explore/routes.ts';
import { healthRoutes } from '../health/routes.ts';
import { importRoutes } from '../importer/routes.ts';
import type { Logger } from '../logger.ts';
import { partnerRoutes } from '../partners/routes.ts';
import { errorHandler, notFound } from './problem.ts';

export interface AppDeps {
  db: GraphDb;
  config: Config;
  logger: Logger;
  clientDir?: string;
}

export function createApp({ db, config, logger, clientDir: dir = 'dist/client' }: AppDeps): express.Express {
  const clientDir = path.resolve(dir);
  const app = express();
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  app.use(express.json({ limit: '1mb' }));

  const api = express.Router();
  api.use(healthRoutes(db));
  api.use(exploreRoutes(db, config.HELIX_RESULT_LIMIT));
  api.use(consoleRoutes(db, config));
  api.use(importRoutes(db, config.HELIX_API_TOKEN));
  api.use(partnerRoutes(db, config.HELIX_RESULT_LIMIT));
  api.use(notFound);
  app.use('/api', api);

  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Views are client routes: every other GET gets the app, which reads its state from the URL.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorHandler(logger));
  return app;
}
