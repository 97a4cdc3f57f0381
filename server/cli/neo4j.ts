// `npm run neo4j -- start|stop|status`: the project's own Neo4j, outside `npm start`.
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../neo4j/local-server.ts';
import { localNeo4jOptions } from '../neo4j/options.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const command = process.argv[2] ?? 'status';
  const config = loadConfig();
  const home = path.resolve(config.HELIX_NEO4J_HOME);
  const log = (msg: string) => console.log(`neo4j: ${msg}`);
  switch (command) {
    case 'start': {
      if (config.NEO4J_URI) {
        log(`NEO4J_URI is set (${config.NEO4J_URI}): nothing to start`);
        break;
      }
      const server = await startLocalNeo4j(localNeo4jOptions(config, log), true);
      log(`running on ${server.uri} (user ${server.user}); stop it with: npm run neo4j -- stop`);
      break;
    }
    case 'stop':
      log((await stopLocalNeo4j(home)) ? 'stopped' : 'was not running');
      break;
    case 'status': {
      const pid = runningPid(home);
      log(pid ? `running (pid ${pid}) on bolt://127.0.0.1:${config.HELIX_NEO4J_BOLT_PORT}, data in ${home}` : `not running (data in ${home})`);
      if (!pid) process.exitCode = 3;
      break;
    }
    default:
      console.error('usage: npm run neo4j -- start|stop|status');
      process.exitCode = 2;
  }
});
