// `npm run generate -- --actors N --seed S [--out folder]`: a synthetic ecosystem in the import
// format (docs/import-format.md), the same files for the same actors count and seed.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultOut, generateEcosystem } from '../generate/ecosystem.ts';
import { runCli } from './run-cli.ts';

const argsSchema = z.object({
  actors: z.coerce.number().int().min(10, 'at least 10 actors').max(2_000_000, 'at most 2,000,000 actors'),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(1),
  out: z.string().min(1).optional(),
});

runCli(async () => {
  const { values } = parseArgs({ options: { actors: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`--${String(issue.path[0])}: ${issue.message}; usage: npm run generate -- --actors N [--seed S] [--out folder]`);
  }
  const { actors, seed } = parsed.data;
  const out = parsed.data.out ?? defaultOut(actors, seed);
  const result = await generateEcosystem({ actors, seed, out });
  for (const [file, rows] of Object.entries(result.files)) console.log(`  ${file}: ${rows} rows`);
  console.log(`generated ${result.nodes} nodes and ${result.links} links in ${(result.ms / 1000).toFixed(1)} s into ${out}`);
  console.log(`import it with: npm run import -- ${out}`);
});
