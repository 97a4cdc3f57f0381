// `npm run eval:partners -- <cordis folder> [--out results.json] [--cutoff YEAR] [--sample N] [--seed N]`:
// temporal link prediction on CORDIS participations, the partner finder against the textbook baselines.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readCordis } from '../partners/eval/cordis.ts';
import { evaluate } from '../partners/eval/evaluate.ts';
import { runCli } from './run-cli.ts';

const USAGE = 'usage: npm run eval:partners -- <CORDIS extract folder> [--out results.json] [--cutoff YEAR] [--sample N] [--seed N]';

const optionsSchema = z.strictObject({
  cutoff: z.coerce.number().int().min(1990).max(2100).default(2019),
  sample: z.coerce.number().int().min(1).max(100_000).default(300),
  seed: z.coerce.number().int().min(0).max(2 ** 31).default(42),
  out: z.string().min(1).optional(),
});

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, cutoff: { type: 'string' }, sample: { type: 'string' }, seed: { type: 'string' } },
    allowPositionals: true,
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  if (!positionals[0]) throw new Error(`name the CORDIS extract to evaluate on (organizations.csv, projects.csv, organization-names.csv); ${USAGE}`);
  const folder = path.resolve(positionals[0]);
  const started = performance.now();
  const cordis = await readCordis(folder);
  const result = evaluate(cordis, { cutoff: parsed.data.cutoff, sample: parsed.data.sample, seed: parsed.data.seed });
  const output = { ...result, data: path.basename(folder), seconds: Math.round((performance.now() - started) / 100) / 10 };
  const text = `${JSON.stringify(output, null, 2)}\n`;
  if (parsed.data.out) {
    await mkdir(path.dirname(path.resolve(parsed.data.out)), { recursive: true });
    await writeFile(parsed.data.out, text);
    console.error(`eval:partners: wrote ${parsed.data.out}`);
  }
  console.log(text);
});
