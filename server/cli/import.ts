// `npm run import -- <files or folders>`: validates the files and writes them all, or nothing.
// `--dry-run` only validates.
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { applySchema } from '../db/schema.ts';
import { claimImport } from '../importer/import-claim.ts';
import { printFailure, printSummary, progressPrinter } from '../importer/print.ts';
import { runImport } from '../importer/run.ts';
import { filesFromPaths, sourcesFor } from '../importer/sources.ts';
import { analyseAfterImport } from './analyse-after-import.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const paths = args.filter((a) => a !== '--dry-run');
  if (!paths.length) throw new Error('usage: npm run import -- [--dry-run] <files or folders>');
  const { sources, problems } = sourcesFor(await filesFromPaths(paths));
  const config = loadConfig();
  const connection = await connect(config, (msg) => console.log(`neo4j: ${msg}`));
  try {
    await applySchema(connection.db);
    // The same one-import-at-a-time lease as the app's, so an import cannot start beside the app's.
    const claim = dryRun ? undefined : await claimImport(connection.db);
    let written = false;
    try {
      const outcome = await runImport(connection.db, sources, { dryRun, preProblems: problems, onProgress: progressPrinter() }).catch(printFailure);
      if (outcome) printSummary(outcome);
      written = !!outcome?.summary;
    } finally {
      await claim?.release();
    }
    if (written) await analyseAfterImport(connection.db, config);
  } finally {
    await connection.close();
  }
});
