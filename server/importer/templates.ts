import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { columns } from './rows.ts';
import { TARGET_NAMES, targetOf } from './targets.ts';

// A template per import file: the header row, and the sample rows of seeds/examples where there are some.

const EXAMPLES = path.resolve('seeds/examples');

export async function csvTemplate(fileName: string): Promise<string | undefined> {
  if (!/^[a-z_]+\.csv$/.test(fileName)) return undefined;
  const found = targetOf(fileName);
  if ('error' in found) return undefined;
  const example = path.join(EXAMPLES, fileName);
  if (existsSync(example)) return readFile(example, 'utf8');
  return `${columns(found.target).map((c) => c.name).join(',')}\n`;
}

export const TEMPLATE_FILES = TARGET_NAMES.map((n) => `${n}.csv`);
