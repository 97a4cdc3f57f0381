// `npm start`: configuration, Neo4j (the project's own unless NEO4J_URI is set), schema, seeds
// when the database is empty, then the HTTP server; Ctrl-C or SIGTERM stops all of it.
import type { Server } from 'node:http';
import { runCli } from './cli/run-cli.ts';
import { ConfigError, loadConfig } from './config.ts';
import { connect } from './db/connect.ts';
import { applySchema } from './db/schema.ts';
import { createApp, type HelixApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { PartnerService } from './partners/service.ts';
import { recoverImports } from './importer/staging.ts';
import { loadSeeds } from './seeds/load.ts';
import { graphCounts, totalNodes } from './db/counts.ts';

runCli(async () => {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const connection = await connect(config, (msg) => logger.info(msg));
  const { db } = connection;
  // Set once listening; the signal handlers need them before then too.
  const http: { server?: Server; app?: HelixApp } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Requests in flight get 7 s to finish, which leaves time to close the drivers and stop the
    // managed Neo4j; past 10 s in all, exit anyway (the Neo4j wrapper still stops Java then).
    // Otherwise the process is not told to exit: it ends once nothing is left running, so a
    // timer, pool or driver left open shows as a forced exit with code 1.
    const force = setTimeout(() => {
      logger.error('still stopping after 10 s: exiting now');
      process.exit(1);
    }, 10_000);
    force.unref();
    const cut = setTimeout(() => {
      logger.warn('requests still running after 7 s: closing their connections');
      http.server?.closeAllConnections();
    }, 7_000);
    cut.unref();
    await new Promise<void>((resolve) => {
      if (!http.server) return resolve();
      const server = http.server;
      // Keep-alive connections, idle now or once their request is answered, would otherwise hold
      // close() open until they time out.
      const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
      server.close(() => {
        clearInterval(closeIdle);
        clearTimeout(cut);
        resolve();
      });
      server.closeIdleConnections();
    });
    await http.app?.close();
    await connection.close();
    logger.info('stopped');
    // Stopped while starting: the start-up still under way would only fail on the closed driver.
    if (!http.server) process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await applySchema(db);
    await recoverImports(db, (msg) => logger.info(msg));
    // Empty means no domain data: a database holding only saved console queries still gets the seeds.
    if (totalNodes(await graphCounts(db)) === 0 && config.HELIX_AUTOLOAD_SEEDS) {
      logger.info(`the database is empty: loading the seeds from ${config.HELIX_SEEDS_DIR}`);
      const counts = await loadSeeds(db, config.HELIX_SEEDS_DIR);
      logger.info({ counts }, `loaded ${totalNodes(counts)} nodes from the seeds`);
    }
  } catch (err) {
    await connection.close();
    throw err;
  }

  const partners = new PartnerService(db, config.HELIX_PARTNERS_LOAD_TIMEOUT_MS);
  const app = createApp({ db, config, logger, partners });
  http.app = app;
  const server = app.listen(config.PORT, config.HOST);
  http.server = server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (err: NodeJS.ErrnoException) => {
      void connection.close();
      reject(
        new ConfigError(err.code === 'EADDRINUSE' ? `PORT: ${config.PORT} is already in use; set PORT to a free port` : err.message),
      );
    });
  });
  const host = config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  // In the background: the server answers meanwhile, and a partner request waits for this read.
  partners.warm().then(
    (ms) => logger.info(`partner finder: actor network read in ${(ms / 1000).toFixed(1)} s`),
    (err: unknown) => logger.warn({ err }, 'partner finder: reading the actor network failed; the first partner request tries again'),
  );
  logger.info(`Helix Explorer is ready on http://${host}:${config.PORT} (started in ${((Date.now() - started) / 1000).toFixed(1)} s, Neo4j at ${connection.uri})`);
});
