import { IMPORT_TEMPLATES, type ImportTemplates } from '../../contract/index.ts';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { columns } from './rows.ts';
import { STATISTICS_COLUMNS, STATISTICS_FILE } from './statistics.ts';
import { targetName, targetOf } from './targets.ts';

// A template per import file: the header row, and the sample rows of seeds/examples where there are some.

const EXAMPLES = path.resolve('seeds/examples');

export async function csvTemplate(fileName: string): Promise<string | undefined> {
  if (!/^[a-z_]+\.csv$/.test(fileName)) return undefined;
  if (STATISTICS_FILE.test(fileName)) return `${STATISTICS_COLUMNS.join(',')}\nBE211,C20,2020,employees,1234,persons,Eurostat (table and extraction date)\n`;
  const found = targetOf(fileName);
  if ('error' in found) return undefined;
  const example = path.join(EXAMPLES, fileName);
  if (existsSync(example)) return readFile(example, 'utf8');
  return `${columns(found.target).map((c) => c.name).join(',')}\n`;
}

/** What each template file holds and its columns (required or not), as validation reads them. */
export function templateColumns(): ImportTemplates['templates'] {
  return IMPORT_TEMPLATES.map((file) => {
    if (STATISTICS_FILE.test(file)) return { file, holds: 'Observation', columns: STATISTICS_COLUMNS.map((name) => ({ name, required: true })) };
    const found = targetOf(file);
    if ('error' in found) throw new Error(`no import target for the template ${file}`);
    return { file, holds: targetName(found.target), columns: columns(found.target) };
  });
}

/** The template names of the contract; tests/unit/contract.test.ts checks they are the import's file names. */
export const TEMPLATE_FILES = IMPORT_TEMPLATES;
