import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Example } from '../../contract/index.ts';
import { cypherFile } from '../db/queries.ts';

// The example library: cypher/examples/<name>.cypher, each beginning with `// title: …` and
// `// description: …` lines that say which question it answers, and the same in Dutch
// (`// title.nl: …`, `// description.nl: …`).

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher/examples');

export function parseExample(name: string, text: string): Example {
  const header = (key: string) => new RegExp(`^//\\s*${key.replace('.', '\\.')}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  const [title, description, titleNl, descriptionNl] = ['title', 'description', 'title.nl', 'description.nl'].map(header);
  if (!title || !description || !titleNl || !descriptionNl) {
    throw new Error(`cypher/examples/${name}.cypher needs "// title:", "// description:", "// title.nl:" and "// description.nl:" lines`);
  }
  const query = text
    .split('\n')
    .filter((line) => !/^\/\/\s*(title|description)(\.nl)?:/.test(line))
    .join('\n')
    .trim();
  return { name, title, description, query, nl: { title: titleNl, description: descriptionNl } };
}

export function examples(): Example[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.cypher$/, '');
      return parseExample(name, cypherFile(`examples/${f}`));
    });
}
