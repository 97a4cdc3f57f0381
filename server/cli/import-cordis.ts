// `npm run import:cordis -- <archives or folders…> [--max-consortium N] [--dry-run]`: the
// publisher's CORDIS projects archives (cordis-fp7projects-csv.zip, cordis-h2020projects-csv.zip,
// cordis-HORIZONprojects-csv.zip), the folders they were unpacked into, or folders holding them;
// validated and written all or nothing.
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { applySchema } from '../db/schema.ts';
import { DEFAULT_MAX_CONSORTIUM } from '../importer/cordis/connector.ts';
import { claimImport } from '../importer/import-claim.ts';
import { runCordisImport } from '../importer/cordis/service.ts';
import { printCordis, printFailure, printSummary, progressPrinter } from '../importer/print.ts';
import { analyseAfterImport } from './analyse-after-import.ts';
import { runCli } from './run-cli.ts';

const USAGE = 'usage: npm run import:cordis -- <CORDIS archives or folders…> [--max-consortium N] [--dry-run]';

/** The paths and options of the command line; throws on an unknown option or a missing path. */
function cordisArgs(args: string[]): { paths: string[]; dryRun: boolean; maxConsortium: number } {
  const paths: string[] = [];
  let dryRun = false;
  let maxConsortium = DEFAULT_MAX_CONSORTIUM;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--max-consortium') {
      maxConsortium = Number(args[++i]);
      if (!Number.isInteger(maxConsortium) || maxConsortium < 2) throw new Error('--max-consortium must be a whole number of at least 2');
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}; ${USAGE}`);
    else paths.push(a);
  }
  if (!paths.length) throw new Error(`name the CORDIS archives or folders to import; ${USAGE}`);
  return { paths, dryRun, maxConsortium };
}

runCli(async () => {
  let args: ReturnType<typeof cordisArgs>;
  try {
    args = cordisArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`helix: ${(err as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const { paths, dryRun, maxConsortium } = args;
  const config = loadConfig();
  const connection = await connect(config, (msg) => console.log(`neo4j: ${msg}`));
  try {
    await applySchema(connection.db);
    // The same one-import-at-a-time lease as the app's and `npm run import`'s.
    const claim = dryRun ? undefined : await claimImport(connection.db);
    let written = false;
    try {
      const outcome = await runCordisImport(connection.db, paths, { dryRun, maxConsortium, onProgress: progressPrinter() }).catch(printFailure);
      if (outcome) {
        printCordis(outcome.cordis);
        printSummary(outcome);
      }
      written = !!outcome?.summary;
    } finally {
      await claim?.release();
    }
    // as after an import through the app: every actor gets its whole-graph metrics
    if (written) await analyseAfterImport(connection.db, config);
  } finally {
    await connection.close();
  }
});
