import { inject, describe, expect, it } from 'vitest';
import { runTs } from '../support/spawn.ts';

const neo4jEnv = () => {
  const { uri, user, password } = inject('neo4j');
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
};

const countLines = (out: string) => out.split('\n').filter((l) => /^ {2}\w+: \d+$/.test(l));

describe('command line', () => {
  it('`npm run load` twice gives identical counts', async () => {
    const first = await runTs('server/cli/load-seeds.ts', [], neo4jEnv());
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const second = await runTs('server/cli/load-seeds.ts', [], neo4jEnv());
    expect(second.code).toBe(0);
    expect(countLines(first.stdout).length).toBeGreaterThanOrEqual(8);
    expect(countLines(second.stdout)).toEqual(countLines(first.stdout));
    expect(first.stdout).toMatch(/ {2}Document: 5\n/);
  });

  it('stops start-up with one readable line naming a bad variable', async () => {
    const ran = await runTs('server/main.ts', [], { PORT: 'eighty', NEO4J_URI: undefined });
    expect(ran.code).toBe(1);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toMatch(/^helix: invalid configuration: PORT: /);
  });

  it('names NEO4J_URI when the configured server cannot be reached', async () => {
    const ran = await runTs('server/main.ts', [], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'whatever-password' });
    expect(ran.code).toBe(1);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toMatch(/^helix: cannot use Neo4j at bolt:\/\/127\.0\.0\.1:9 \(check NEO4J_URI\)/);
  });

  it('names the credentials when Neo4j refuses them', async () => {
    const ran = await runTs('server/main.ts', [], { ...neo4jEnv(), NEO4J_PASSWORD: 'not-the-password' });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/check NEO4J_USER \/ NEO4J_PASSWORD/);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });
});
