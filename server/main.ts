// `npm start`: configuration, Neo4j (the project's own unless NEO4J_URI is set), schema, seeds
// when the database is empty, then the HTTP server; Ctrl-C or SIGTERM stops all of it.
import type { Server } from 'node:http';
import { runCli } from './cli/run-cli.ts';
import { ConfigError, loadConfig } from './config.ts';
import { connect } from './db/connect.ts';
import { applySchema } from './db/schema.ts';
import { createApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { loadSeeds } from './seeds/load.ts';
import { graphCounts, totalNodes } from './db/counts.ts';

runCli(async () => {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const connection = await connect(config, (msg) => logger.info(msg));
  const { db } = connection;
  // Set once listening; the signal handlers need it before then too.
  const http: { server?: Server } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 60_000);
    force.unref();
    await new Promise<void>((resolve) => (http.server ? http.server.close(() => resolve()) : resolve()));
    await connection.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await applySchema(db);
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

  const app = createApp({ db, config, logger });
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
  logger.info(`Helix Explorer is ready on http://${host}:${config.PORT} (started in ${((Date.now() - started) / 1000).toFixed(1)} s, Neo4j at ${connection.uri})`);
});
