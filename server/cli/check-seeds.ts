// Validates seeds/ without touching a database: `npm run seeds:check`.
import path from 'node:path';
import { readSeedFiles } from '../seeds/read.ts';
import { formatProblem, validateSeeds } from '../seeds/validate.ts';

const dir = path.resolve(process.argv[2] ?? 'seeds');
const { files, errors } = await readSeedFiles(dir);
const result = validateSeeds(files);
const problems = [...errors, ...(result.ok ? [] : result.problems.map(formatProblem))];
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`\n${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
if (result.ok) {
  const count = (xs: string[]) =>
    Object.entries(xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {}))
      .sort()
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n');
  console.log(`seeds are valid\nnodes:\n${count(result.graph.nodes.map((n) => n.label))}`);
  console.log(`links:\n${count(result.graph.links.map((l) => l.type))}`);
  console.log(`MENTIONED_IN: ${result.graph.nodes.reduce((s, n) => s + n.mentions.length, 0)}`);
}
