// `npm run import:cordis -- [folder] [--max-consortium N] [--dry-run]`: the CORDIS H2020 extract
// (default ../shared/data/cordis-be), validated and written all or nothing.
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { applySchema } from '../db/schema.ts';
import { DEFAULT_MAX_CONSORTIUM } from '../importer/cordis/connector.ts';
import { runCordisImport } from '../importer/cordis/service.ts';
import { printCordis, printFailure, printSummary, progressPrinter } from '../importer/print.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const capAt = args.indexOf('--max-consortium');
  const maxConsortium = capAt >= 0 ? Number(args[capAt + 1]) : DEFAULT_MAX_CONSORTIUM;
  if (!Number.isInteger(maxConsortium) || maxConsortium < 2) throw new Error('--max-consortium must be a whole number of at least 2');
  const dir = args.filter((a, i) => !a.startsWith('--') && i !== capAt + 1)[0] ?? '../shared/data/cordis-be';
  const config = loadConfig();
  const connection = await connect(config, (msg) => console.log(`neo4j: ${msg}`));
  try {
    await applySchema(connection.db);
    const outcome = await runCordisImport(connection.db, dir, { dryRun, maxConsortium, onProgress: progressPrinter() }).catch(printFailure);
    if (outcome) {
      printCordis(outcome.cordis);
      printSummary(outcome);
    }
  } finally {
    await connection.close();
  }
});
