import { ConfigError } from '../config.ts';
import { SetupError } from '../neo4j/jars.ts';
import { SeedValidationError } from '../seeds/load.ts';

/** Runs a command-line entry point: known errors print one readable line, not a stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    const known = err instanceof ConfigError || err instanceof SetupError || err instanceof SeedValidationError;
    console.error(`helix: ${known ? (err as Error).message : err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  });
}
