import type { Config } from '../config.ts';
import type { LocalNeo4jOptions } from './local-server.ts';

export function localNeo4jOptions(config: Config, log: (msg: string) => void): LocalNeo4jOptions {
  return {
    home: config.HELIX_NEO4J_HOME,
    cacheDir: config.HELIX_CACHE_DIR,
    version: config.HELIX_NEO4J_VERSION,
    boltPort: config.HELIX_NEO4J_BOLT_PORT,
    heap: config.HELIX_NEO4J_HEAP,
    pageCache: config.HELIX_NEO4J_PAGECACHE,
    transactionMemory: config.HELIX_NEO4J_TX_MEMORY,
    password: config.NEO4J_PASSWORD,
    log,
  };
}
