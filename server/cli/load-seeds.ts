// `npm run load [-- <seeds folder>]`: validates and writes the seeds (all or nothing).
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { totalNodes } from '../db/counts.ts';
import { applySchema } from '../db/schema.ts';
import { loadSeeds } from '../seeds/load.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const config = loadConfig();
  const dir = process.argv[2] ?? config.HELIX_SEEDS_DIR;
  const connection = await connect(config, (msg) => console.log(`neo4j: ${msg}`));
  try {
    await applySchema(connection.db);
    const started = Date.now();
    const counts = await loadSeeds(connection.db, dir);
    console.log(`loaded ${dir} in ${Date.now() - started} ms; the graph now has ${totalNodes(counts)} nodes`);
    for (const [label, n] of Object.entries(counts.nodes)) console.log(`  ${label}: ${n}`);
    for (const [type, n] of Object.entries(counts.relationships)) if (n) console.log(`  ${type}: ${n}`);
  } finally {
    await connection.close();
  }
});
