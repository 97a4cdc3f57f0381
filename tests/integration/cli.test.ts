import net from 'node:net';
import { inject, describe, expect, it } from 'vitest';
import { testDb, wipe } from '../support/db.ts';
import { runTs, startTs, waitUntil } from '../support/spawn.ts';

const neo4jEnv = () => {
  const { uri, user, password } = inject('neo4j');
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
};

const countLines = (out: string) => out.split('\n').filter((l) => /^ {2}\w+: \d+$/.test(l));

describe('command line', () => {
  it('`npm run load` twice gives identical counts', async () => {
    const db = testDb();
    await wipe(db);
    await db.close();
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

  it('waits for an unreachable Neo4j, saying so, then names NEO4J_URI in one line', async () => {
    const ran = await runTs('server/main.ts', [], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'whatever-password', HELIX_NEO4J_WAIT_S: '3', LOG_LEVEL: 'info' });
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:9 cannot be reached .*trying again in 1 s/);
    expect(ran.stdout.match(/trying again/g)?.length).toBeGreaterThanOrEqual(2);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toMatch(/^helix: cannot use Neo4j at bolt:\/\/127\.0\.0\.1:9 \(check NEO4J_URI\)/);
  });

  it('starts once a Neo4j that was unreachable at first comes up', async () => {
    const { uri, password } = inject('neo4j');
    const port = Number(new URL(uri.replace(/^bolt/, 'http')).port);
    // A TCP forwarder that opens only once the app has said it is waiting stands in for a Neo4j still starting.
    const proxyPort = 20000 + Math.floor(Math.random() * 5000);
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(port, '127.0.0.1');
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    let opened = Promise.resolve();
    const appPort = String(21000 + Math.floor(Math.random() * 4000));
    try {
      const app = await startTs('server/main.ts', { NEO4J_URI: `bolt://127.0.0.1:${proxyPort}`, NEO4J_PASSWORD: password, HELIX_NEO4J_WAIT_S: '60', HELIX_AUTOLOAD_SEEDS: 'false', PORT: appPort, LOG_LEVEL: 'info' }, /cannot be reached .*trying again/);
      opened = new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
      await opened;
      expect(await waitUntil(() => /Helix Explorer is ready/.test(app.output()), 90_000)).toBe(true);
      expect((await fetch(`http://127.0.0.1:${appPort}/api/health`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => app.child.once('exit', resolve));
      app.child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await opened;
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 180_000);

  it('names the credentials when Neo4j refuses them', async () => {
    const ran = await runTs('server/main.ts', [], { ...neo4jEnv(), NEO4J_PASSWORD: 'not-the-password' });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/check NEO4J_USER \/ NEO4J_PASSWORD/);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });
});
