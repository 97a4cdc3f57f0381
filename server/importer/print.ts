import type { CordisImport } from './cordis/connector.ts';
import { CordisInputError } from './cordis/errors.ts';
import { ImportValidationError, type ImportOutcome } from './run.ts';
import { SwitchOverInterrupted } from './staging.ts';
import type { Progress } from './write.ts';

// What the command-line imports print.

export function progressPrinter(): (p: Progress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 2000 && p.done < p.total) return;
    last = now;
    console.log(`  written ${p.done} of ${p.total} rows (${Math.round((100 * p.done) / p.total)} %, ${p.file})`);
  };
}

export function printSummary({ report, summary }: ImportOutcome): void {
  for (const f of report.files) console.log(`  ${f.file}: ${f.rows} rows → ${f.target}`);
  if (!summary) {
    console.log(`dry run: ${report.rows} rows in ${report.files.length} file(s) are valid; nothing was written`);
    return;
  }
  console.log(`imported ${summary.rows} rows in ${(summary.ms / 1000).toFixed(1)} s (${summary.rowsPerSecond} rows/s), ${summary.stagedBatches === undefined ? 'in one transaction' : `staged in ${summary.stagedBatches} transactions`}${summary.rowsViaFiles ? `; ${summary.rowsViaFiles} created through LOAD CSV files` : ''}`);
  for (const [what, o] of Object.entries(summary.written)) {
    console.log(`  ${what}: ${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged`);
  }
}

export function printCordis({ stats, review, sameAs, inputs, oldNutsCodes, document }: CordisImport): void {
  for (const i of inputs) {
    const files = i.files.map((f) => `${f.file} ${f.rows} rows`).join(', ');
    const dates = i.contentFrom ? `, updated ${i.contentFrom} … ${i.contentTo}` : '';
    console.log(`CORDIS ${i.input} (${i.programmes.join(', ').toUpperCase()}): ${files}${dates}${i.unusedTables.length ? `; not used: ${i.unusedTables.join(', ')}` : ''}`);
  }
  console.log(
    `CORDIS: ${stats.organisations} organisations (${stats.namedOrganisations} with a name), ${stats.projects} projects, ${stats.participations} participations; cited as document ${document}`,
  );
  if (stats.naturalPersonParticipations) console.log(`  ${stats.naturalPersonParticipations} participations of natural persons counted in their projects, not imported`);
  if (stats.repeatedParticipations) console.log(`  ${stats.repeatedParticipations} participations read twice (the same archive given twice?) imported once`);
  console.log(`  places: ${stats.placedInNuts} organisations in NUTS regions; ${stats.oldNutsCodes} NUTS codes not in NUTS 2021 kept as given${oldNutsCodes.length ? ` (${oldNutsCodes.slice(0, 20).join(', ')}${oldNutsCodes.length > 20 ? ', …' : ''})` : ''}`);
  console.log(
    `  co-participation: ${stats.pairs} pairs written; consortia above ${stats.maxConsortium} members (${stats.projectsOverCap} projects, largest ${stats.largestConsortium}) are left out of the pairs, which would otherwise be ${stats.pairsWithoutCap}`,
  );
  console.log(`  entity resolution: ${stats.sameAs} SAME_AS links to actors already in the graph${sameAs.length ? ':' : ''}`);
  for (const m of sameAs) console.log(`    ${m.fromName} (${m.from}) = ${m.toName} (${m.to}): ${m.reason}`);
  console.log(`  ${review.length} match(es) to review${review.length ? ':' : ''}`);
  for (const m of review) console.log(`    ${m.fromName} (${m.from}) ~ ${m.toName} (${m.to}), score ${m.score}: ${m.reason}`);
}

/** A refused or failed import as the command line reports it: what was wrong, and that nothing was written. */
export function printFailure(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  const first = message.split('\n')[0];
  if (err instanceof ImportValidationError) console.error(`helix: ${message}`);
  else if (err instanceof CordisInputError) console.error(`helix: ${message}; nothing was written`);
  else if (err instanceof SwitchOverInterrupted) console.error(`helix: ${first}`);
  else console.error(`helix: the import failed and was rolled back, nothing was written: ${first}`);
  process.exitCode = 1;
}
