import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../server/seeds/read.ts';

describe('reading a seeds folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'helix-read-'));
    await mkdir(path.join(dir, 'links'));
    await mkdir(path.join(dir, 'examples'));
    await writeFile(path.join(dir, 'actors.json'), '[]');
    await writeFile(path.join(dir, 'links', 'member_of.json'), '[{"type": "MEMBER_OF",}]');
    await writeFile(path.join(dir, 'examples', 'actors.json'), '[]');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads node files and links/, skips examples/, and names a file that is not JSON', async () => {
    const { files, errors } = await readSeedFiles(dir);
    expect([...files.keys()]).toEqual(['actors.json']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^links\/member_of\.json: not valid JSON/);
  });

  it('says which folder is missing instead of failing with a stack trace', async () => {
    const { files, errors } = await readSeedFiles(path.join(dir, 'nope'));
    expect(files.size).toBe(0);
    expect(errors[0]).toMatch(/nope: no such folder \(check HELIX_SEEDS_DIR/);
  });
});
