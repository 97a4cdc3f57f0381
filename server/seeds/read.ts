import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Reads every .json file under a seeds folder into a map keyed by its path relative to it. */
export async function readSeedFiles(dir: string): Promise<{ files: Map<string, unknown>; errors: string[] }> {
  const files = new Map<string, unknown>();
  const errors: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return null;
    throw err;
  });
  if (!entries) return { files, errors: [`${dir}: no such folder (check HELIX_SEEDS_DIR or the folder given)`] };
  const names = entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('examples/'))
    .sort();
  for (const rel of names) {
    const text = await readFile(path.join(dir, rel), 'utf8');
    try {
      files.set(rel, JSON.parse(text));
    } catch (err) {
      errors.push(`${rel}: not valid JSON (${(err as Error).message})`);
    }
  }
  return { files, errors };
}
