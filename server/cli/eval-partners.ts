// `npm run eval:partners -- <cordis folder> [--out results.json] [--cutoff Y1,Y2] [--sample N] [--seed S1,S2]`:
// temporal link prediction on CORDIS participations: the served ranking (the learned ranker, as the
// API serves a request without weights), the weighted ranking with the default weights and the
// learned ranker against the textbook baselines, one run per cut-off and seed.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readCordis } from '../partners/eval/cordis.ts';
import { evaluate } from '../partners/eval/evaluate.ts';
import { runCli } from './run-cli.ts';

const USAGE = 'usage: npm run eval:partners -- <CORDIS extract folder> [--out results.json] [--cutoff YEAR[,YEAR…]] [--sample N] [--seed N[,N…]]';

const list = (schema: z.ZodNumber) => z.string().transform((s, ctx) => {
  const values = s.split(',').map((x) => schema.safeParse(Number(x)));
  if (values.some((v) => !v.success)) ctx.addIssue({ code: 'custom', message: `expected a comma-separated list of numbers, got ${s}` });
  return values.map((v) => (v.success ? v.data : 0));
});
const optionsSchema = z.strictObject({
  cutoff: list(z.number().int().min(1990).max(2100)).default([2019]),
  sample: z.coerce.number().int().min(1).max(100_000).default(300),
  seed: list(z.number().int().min(0).max(2 ** 31)).default([42]),
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
  const runs = [];
  for (const cutoff of parsed.data.cutoff) {
    for (const seed of parsed.data.seed) {
      console.error(`eval:partners: cut-off ${cutoff}, seed ${seed}`);
      runs.push(evaluate(cordis, { cutoff, sample: parsed.data.sample, seed }));
    }
  }
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}` };
  const output = { data: path.basename(folder), sample: parsed.data.sample, runs, machine, seconds: Math.round((performance.now() - started) / 100) / 10 };
  const text = `${JSON.stringify(output, null, 2)}\n`;
  if (parsed.data.out) {
    await mkdir(path.dirname(path.resolve(parsed.data.out)), { recursive: true });
    await writeFile(parsed.data.out, text);
    console.error(`eval:partners: wrote ${parsed.data.out}`);
  }
  console.log(text);
});
